#include "imagequery.h"

#include <QHash>

namespace ims {

namespace {

// Splits on spaces, keeping "quoted phrases" (quotes removed) together.
QStringList tokens(const QString &text) {
    QStringList result;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                result << std::exchange(current, {});
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

bool contains(const QString &haystack, const QString &needle) {
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool startsWith(const QString &haystack, const QString &prefix) {
    return haystack.startsWith(prefix, Qt::CaseInsensitive);
}

bool anyTagContains(const Image &image, const QString &needle) {
    for (const QString &tag : image.tags) {
        if (contains(tag, needle))
            return true;
    }
    return false;
}

bool osContains(const Image &image, const QString &needle) {
    return contains(image.platform, needle) || contains(image.osVersion, needle) ||
           contains(image.osType, needle);
}

// yes/no/true/false/1/0 → true/false; anything else matches nothing.
std::optional<bool> flag(const QString &value) {
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("1")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0")};
    if (yes.contains(value, Qt::CaseInsensitive))
        return true;
    if (no.contains(value, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

} // namespace

ImageQuery ImageQuery::parse(const QString &text) {
    static const QHash<QString, Field> fields{
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("id"), Field::Id},
        {QStringLiteral("status"), Field::Status},
        {QStringLiteral("os"), Field::Os},
        {QStringLiteral("tag"), Field::Tag},
        {QStringLiteral("type"), Field::Type},
        {QStringLiteral("vis"), Field::Visibility},
        {QStringLiteral("visibility"), Field::Visibility},
        {QStringLiteral("disk"), Field::DiskFormat},
        {QStringLiteral("format"), Field::DiskFormat},
        {QStringLiteral("encrypted"), Field::Encrypted},
        {QStringLiteral("protected"), Field::Protected},
        {QStringLiteral("region"), Field::Region},
    };
    ImageQuery query;
    for (QString token : tokens(text)) {
        Term term;
        if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            token.remove(0, 1);
        }
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const auto field =
            colon > 0 ? fields.constFind(token.left(colon).toLower()) : fields.constEnd();
        if (field != fields.constEnd()) {
            term.field = *field;
            term.value = token.mid(colon + 1);
        } else {
            term.value = token;
        }
        term.folded = term.value.toCaseFolded();
        if (!term.value.isEmpty()) // "status:" while typing matches everything
            query.m_terms << term;
    }
    return query;
}

bool ImageQuery::matches(const Image &image, const QString &searchText) const {
    for (const Term &term : m_terms) {
        if (termMatches(term, image, searchText) == term.negated)
            return false;
    }
    return true;
}

namespace {
// Fields apart by a character nobody types (IMS refuses control characters in names), so that a
// word cannot match across two.
constexpr QChar kApart(0x1f);
} // namespace

QStringView ImageQuery::foldedName(const QString &searchText) {
    return QStringView(searchText).left(searchText.indexOf(kApart));
}

QString ImageQuery::searchText(const Image &image) {
    // Built in one allocation and folded in place (half the time of concatenating): it runs for
    // every row a listing brings.
    const QChar apart = kApart;
    // The name first: most words are looked for there, and a search stops at the first match.
    const QString *fields[] = {&image.id, &image.platform, &image.osVersion, &image.osType};
    qsizetype size = image.name.size() + std::size(fields);
    for (const QString *field : fields)
        size += field->size();
    for (const QString &tag : image.tags)
        size += tag.size() + 1;
    QString text;
    text.reserve(size);
    text += image.name;
    for (const QString *field : fields) {
        text += apart;
        text += *field;
    }
    for (const QString &tag : image.tags) {
        text += apart;
        text += tag;
    }
    return std::move(text).toCaseFolded();
}

bool ImageQuery::narrows(const ImageQuery &previous) const {
    if (previous.m_terms.size() > m_terms.size())
        return false;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const Term &term = m_terms.at(i);
        // Flags and negations do not shrink monotonically as one types ("encrypted:y" matches
        // nothing, "encrypted:yes" does); their queries are filtered from scratch.
        if (term.negated || term.field == Field::Encrypted || term.field == Field::Protected)
            return false;
        if (i < previous.m_terms.size()) {
            const Term &before = previous.m_terms.at(i);
            if (before.negated || before.field != term.field ||
                !term.value.startsWith(before.value, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool ImageQuery::termMatches(const Term &term, const Image &image, const QString &searchText) {
    const QString &v = term.value;
    switch (term.field) {
    case Field::Any:
        return searchText.contains(term.folded);
    case Field::Name:
        return contains(image.name, v);
    case Field::Id:
        return contains(image.id, v);
    case Field::Status:
        return startsWith(image.status, v);
    case Field::Os:
        return osContains(image, v);
    case Field::Tag:
        return anyTagContains(image, v);
    case Field::Type:
        return startsWith(image.imageType, v);
    case Field::Visibility:
        return startsWith(image.visibility, v);
    case Field::DiskFormat:
        return startsWith(image.diskFormat, v);
    case Field::Encrypted:
        return flag(v) == image.isEncrypted();
    case Field::Protected:
        return flag(v) == image.isProtected;
    case Field::Region: // the region chips ask for several at once
        for (const QStringView region :
             QStringView(v).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (image.region.startsWith(region, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace ims
