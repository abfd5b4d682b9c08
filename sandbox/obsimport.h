#pragma once

// What IMS checks of an image file in OBS before it imports it (SPEC §5.3 c, §5.4, §5.5, §5.7).
// What it can tell from the bucket and the object's metadata (region, existence, format, size)
// is refused at submission, 400 with the IMS code; what it learns only by reading the file (the
// disk inside is larger than min_disk) makes the job fail later.
#include "api.h"

namespace sandbox {

// How the file is imported; each takes other formats and sizes.
enum class ImportPath {
    Normal, // a disk image of one of §4.3's formats, below 128 GB
    Quick,  // §5.4 / is_quick_import: RAW or ZVHD2 up to 1 TB
    Iso,    // type IsoImage: an ISO 9660 file below 128 GB
};

struct ImportFile {
    QString url; // bucket:object
    ImportPath path = ImportPath::Normal;
    int minDiskGb = 0; // 0: not compared with the disk inside
};

// How the job that imports the file will end.
struct ImportOutcome {
    const ObsObject *object = nullptr; // nullptr when the file was not looked up ("fail" names)
    QString failCode;                  // empty: the import succeeds
    QString failReason;
};

// Checks the file at submission: false once the 400 is written; else *outcome says how the
// job ends. A file name containing "fail" is not looked up and makes the job fail with
// IMG.0057 (SPEC §11.2's fault injection, kept for the tests that rely on it).
bool checkImportFile(Api &api, Call &call, const ImportFile &file, ImportOutcome *outcome);
// The failure a file name containing "fail" asks for (IMG.0057; export targets too), else an
// empty outcome.
ImportOutcome requestedFailure(const QString &url);
// The first failure of the outcomes (in order) fails the job; an empty outcome changes nothing.
void applyOutcome(Job &job, const ImportOutcome &outcome);
// What an image made from the file shows of it: __image_size.
void describeFile(Image &image, const ImportOutcome &outcome);

} // namespace sandbox
