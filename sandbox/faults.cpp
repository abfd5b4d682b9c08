#include "faults.h"

namespace sandbox {

std::optional<Fault> Fault::parse(const QString &spec, QString *error) {
    static const QList<QPair<QString, Kind>> kinds = {
        {QStringLiteral("latency"), Kind::Latency},
        {QStringLiteral("error"), Kind::Error},
        {QStringLiteral("gateway"), Kind::Gateway},
        {QStringLiteral("throttle"), Kind::Throttle},
        {QStringLiteral("drop"), Kind::Drop},
        {QStringLiteral("malformed"), Kind::Malformed},
        {QStringLiteral("truncated"), Kind::Truncated},
        {QStringLiteral("expire-token"), Kind::ExpireToken},
        {QStringLiteral("job-fail"), Kind::JobFail}};
    Fault fault;
    fault.spec = spec;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString kind = (colon < 0 ? spec : spec.left(colon)).trimmed();
    bool known = false;
    for (const auto &[name, value] : kinds)
        if (name == kind) {
            fault.kind = value;
            known = true;
        }
    if (!known) {
        *error = QStringLiteral("unknown fault kind '%1'").arg(kind);
        return std::nullopt;
    }
    if (fault.kind == Kind::Throttle)
        fault.status = 429;
    if (fault.kind == Kind::Gateway)
        fault.status = 404;
    if (fault.kind == Kind::JobFail)
        fault.reason =
            QStringLiteral("The image file is empty, not found, or in incorrect format, or "
                           "you do not have enough permission to access the file.");
    const QStringList pairs =
        colon < 0 ? QStringList() : spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("route")) {
            fault.route.setPattern(value);
            ok = fault.route.isValid();
        } else if (key == QLatin1String("query")) {
            fault.query.setPattern(value);
            ok = fault.query.isValid();
        } else if (key == QLatin1String("region")) {
            fault.region = value;
            ok = !value.isEmpty();
        } else if (key == QLatin1String("rate")) {
            fault.rate = value.toDouble(&ok);
            ok = ok && fault.rate >= 0 && fault.rate <= 1;
        } else if (key == QLatin1String("count")) {
            fault.remaining = value.toInt(&ok);
            ok = ok && fault.remaining > 0;
        } else if (key == QLatin1String("skip")) {
            fault.skip = value.toInt(&ok);
            ok = ok && fault.skip >= 0;
        } else if (key == QLatin1String("when")) {
            ok = fault.kind == Kind::Drop &&
                 (value == QLatin1String("before") || value == QLatin1String("after"));
            fault.afterHandling = value == QLatin1String("after");
        } else if (key == QLatin1String("ms")) {
            fault.ms = value.toInt(&ok);
            if (ok && fault.ms > kMaxLatencyMs) {
                *error = QStringLiteral("bad fault parameter '%1' in '%2': a latency is at most "
                                        "%3 ms (five minutes)")
                             .arg(pair, spec)
                             .arg(kMaxLatencyMs);
                return std::nullopt;
            }
            ok = ok && fault.ms >= 0;
        } else if (key == QLatin1String("status")) {
            fault.status = value.toInt(&ok);
            ok = ok && fault.status >= 400 && fault.status <= 599;
        } else if (key == QLatin1String("retry_after")) {
            fault.retryAfter = value.toInt(&ok);
            ok = ok && fault.retryAfter >= 0;
        } else if (key == QLatin1String("code")) {
            fault.code = value;
        } else if (key == QLatin1String("reason")) {
            fault.reason = value;
        } else {
            ok = false;
        }
        if (!ok || eq < 0) {
            *error = QStringLiteral("bad fault parameter '%1' in '%2'").arg(pair, spec);
            return std::nullopt;
        }
    }
    return fault;
}

int Faults::add(Fault fault) {
    std::lock_guard<std::mutex> lock(m_mutex);
    fault.id = m_nextId++;
    m_faults.push_back(fault);
    return fault.id;
}

bool Faults::remove(int id) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto before = m_faults.size();
    std::erase_if(m_faults, [id](const Fault &f) { return f.id == id; });
    return m_faults.size() != before;
}

void Faults::clear() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_faults.clear();
}

QJsonArray Faults::list() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    QJsonArray out;
    for (const Fault &f : m_faults)
        out.append(
            QJsonObject{{QStringLiteral("id"), f.id},
                        {QStringLiteral("spec"), f.spec},
                        {QStringLiteral("region"),
                         f.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.region)},
                        {QStringLiteral("remaining"), f.remaining}});
    return out;
}

std::vector<Fault> Faults::fire(const QString &method, const QString &path, const QString &query,
                                const QString &region) {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<Fault> fired;
    if (m_faults.empty())
        return fired;
    const QString subject = method + QLatin1Char(' ') + path;
    std::uniform_real_distribution<double> dice(0.0, 1.0);
    for (Fault &f : m_faults) {
        if (f.remaining == 0 || (!f.region.isEmpty() && f.region != region) ||
            !f.route.match(subject).hasMatch() || !f.query.match(query).hasMatch())
            continue;
        if (f.rate < 1.0 && dice(m_rng) >= f.rate)
            continue;
        if (f.skip > 0) {
            --f.skip;
            continue;
        }
        if (f.remaining > 0)
            --f.remaining;
        fired.push_back(f);
    }
    return fired;
}

} // namespace sandbox
