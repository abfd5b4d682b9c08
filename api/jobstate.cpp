#include "jobstate.h"

namespace ims {

namespace {
struct StateName {
    JobState state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    {JobState::Init, "INIT"},       {JobState::Running, "RUNNING"},
    {JobState::Success, "SUCCESS"}, {JobState::Fail, "FAIL"},
    {JobState::Lost, "LOST"},       {JobState::OutcomeUnknown, "OUTCOME_UNKNOWN"},
    {JobState::Interrupted, "INTERRUPTED"},
};
} // namespace

QString jobStateName(JobState state) {
    for (const StateName &entry : kStateNames)
        if (entry.state == state)
            return QLatin1String(entry.name);
    return QStringLiteral("UNRECOGNISED");
}

JobState jobStateFromName(const QString &name) {
    for (const StateName &entry : kStateNames)
        if (name == QLatin1String(entry.name))
            return entry.state;
    return JobState::Unrecognised;
}

JobState jobStateFromCloud(const QString &status) {
    const JobState state = jobStateFromName(status.toUpper());
    const bool imsdeskOwn = state == JobState::Lost || state == JobState::OutcomeUnknown ||
                            state == JobState::Interrupted;
    return imsdeskOwn ? JobState::Unrecognised : state;
}

} // namespace ims
