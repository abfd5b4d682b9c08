#pragma once

#include <QString>

namespace ims {

// Where a followed job stands. SUCCESS and FAIL come only from the job API's answer for that job;
// Lost and OutcomeUnknown are imsdesk's own: the cloud no longer knows the job (repeated 404 from
// the job API itself), or the POST that would have started it lost its answer (no job id).
// Interrupted is imsdesk's too: a job that a process of imsdesk ran itself (an upload) and that
// process went away before it ended; nothing more happens to it by itself, Retry restarts it.
// Unrecognised is a status this version does not know (from the cloud or from a newer imsdesk
// in the job file): kept with its text, shown, never dropped. "Reconnecting" is not a state but a
// flag with its reason (TrackedJob::reconnecting): the job stays what it was while the cloud is
// out of reach.
enum class JobState {
    Init,
    Running,
    Success,
    Fail,
    Lost,
    OutcomeUnknown,
    Interrupted,
    Unrecognised
};

// The one codec for JobState: the file and the job API share the names INIT, RUNNING, SUCCESS,
// FAIL; LOST, OUTCOME_UNKNOWN and INTERRUPTED are only ever written by imsdesk.
QString jobStateName(JobState state);
// Unrecognised for anything else (the caller keeps the text).
JobState jobStateFromName(const QString &name);
// A status the job API sent: only its four names map to states; LOST, OUTCOME_UNKNOWN and
// INTERRUPTED are not the cloud's to say.
JobState jobStateFromCloud(const QString &status);

} // namespace ims
