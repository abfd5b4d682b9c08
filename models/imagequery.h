#pragma once

#include "image.h"

#include <QList>
#include <QString>

namespace ims {

// The search field's small query language, e.g. `ubuntu status:active os:ubuntu tag:env=prod`.
// Free words match the name, ID, tags or OS; `key:value` terms match one field:
//   status:, os:, tag:, type: (image type), vis: / visibility:, disk: / format:, name:, id:,
//   encrypted:yes|no, protected:yes|no, region: (the region a row of the All regions view lives
//   in, a prefix: `region:eu` matches eu-de and eu-nl; `region:eu-de,eu-nl` either of them).
// A leading `-` negates a term, values may be "quoted", and all terms must match. A `key:` the
// language does not know is searched as free text (image names may contain colons).
class ImageQuery final {
public:
    static ImageQuery parse(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const Image &image) const { return matches(image, searchText(image)); }
    // `searchText` is searchText(image), kept by the caller (the proxy keeps one per row).
    bool matches(const Image &image, const QString &searchText) const;

    // What free words are searched in: name, ID, tags and OS, case-folded, in one string. Kept
    // per row, it lets a keystroke search 100 000 images case-sensitively: Qt's case-insensitive
    // search folds every character each time (~150 ms for a word that matches nothing).
    static QString searchText(const Image &image);
    // The case-folded name at the start of a searchText(), for sorting by name on it.
    static QStringView foldedName(const QString &searchText);
    // True when every image this query matches is also matched by `previous` (typing more of a
    // word, or adding a word), so that a filter only needs to look at what `previous` showed.
    bool narrows(const ImageQuery &previous) const;

private:
    enum class Field {
        Any,
        Name,
        Id,
        Status,
        Os,
        Tag,
        Type,
        Visibility,
        DiskFormat,
        Encrypted,
        Protected,
        Region
    };
    struct Term {
        Field field = Field::Any;
        QString value;
        QString folded; // the value case-folded, for free words in searchText()
        bool negated = false;
    };
    static bool termMatches(const Term &term, const Image &image, const QString &searchText);

    QList<Term> m_terms;
};

} // namespace ims
