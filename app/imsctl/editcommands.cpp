// imsctl images edit and images delete: the changes that answer at once, with the window's
// rules (core/operationrules) applied by ImageOperations before anything is sent.
#include "commands.h"

#include "operationrules.h"
#include "textsafety.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace imsctl {

using namespace ims;

namespace {

// The tag changes as ImageChanges holds them, computed against the image's tags: a new value
// replaces the key's old one, and --untag removes the key as the image lists it. Empty, or
// why it cannot be done.
QString tagChanges(const Image &image, const Options &options, ImageChanges &changes) {
    for (const QString &tag : options.tags) {
        changes.addedTags << tag;
        for (const QString &old : image.tags)
            if (ImageTag::parse(old).key == ImageTag::parse(tag).key && old != tag)
                changes.removedTags << old;
    }
    for (const QString &key : options.untags) {
        bool found = false;
        for (const QString &old : image.tags) {
            if (ImageTag::parse(old).key == key) {
                changes.removedTags << old;
                found = true;
            }
        }
        if (!found)
            return QStringLiteral("%1 has no tag %2").arg(image.id, key);
    }
    return {};
}

// The changes the command line asks for, checked as the Edit dialog checks them; nullopt after
// a usage error was said.
std::optional<ImageChanges> requestedChanges(Context &ctx, const QString &id,
                                             const Options &options) {
    ImageChanges changes;
    changes.imageId = id;
    if (options.nameGiven) {
        if (const QString problem = rules::nameProblem(options.name); !problem.isEmpty()) {
            ctx.usage(QStringLiteral("--name: ") + problem);
            return std::nullopt;
        }
        changes.name = options.name;
    }
    if (options.descriptionGiven) {
        if (const QString problem = rules::descriptionProblem(options.description);
            !problem.isEmpty()) {
            ctx.usage(QStringLiteral("--description: ") + problem);
            return std::nullopt;
        }
        changes.description = options.description;
    }
    bool bad = false;
    changes.minRamMb = amountOption(ctx, "min-ram", options.minRam, &bad);
    changes.maxRamMb = amountOption(ctx, "max-ram", options.maxRam, &bad);
    changes.minDiskGb = amountOption(ctx, "min-disk", options.minDisk, &bad);
    if (bad)
        return std::nullopt;
    if (options.protect && options.unprotect) {
        ctx.usage(QStringLiteral("--protect and --unprotect exclude each other"));
        return std::nullopt;
    }
    if (options.protect || options.unprotect)
        changes.isProtected = options.protect;
    for (const QString &tag : options.tags) {
        if (const QString problem = rules::tagProblem(tag); !problem.isEmpty()) {
            ctx.usage(QStringLiteral("--tag: ") + problem);
            return std::nullopt;
        }
        if (options.untags.contains(ImageTag::parse(tag).key)) {
            ctx.usage(QStringLiteral("--tag %1 and --untag %2 exclude each other")
                          .arg(tag, ImageTag::parse(tag).key));
            return std::nullopt;
        }
    }
    if (changes.isEmpty() && options.tags.isEmpty() && options.untags.isEmpty()) {
        ctx.usage(QStringLiteral("images edit needs something to change (--name, --description, "
                                 "--min-ram, --max-ram, --min-disk, --tag, --untag, --protect "
                                 "or --unprotect)"));
        return std::nullopt;
    }
    return changes;
}

// Asks on the terminal whether to go on; no answer (end of input) is no.
bool confirmed(Context &ctx, const QString &question) {
    ctx.err << question << " [y/N] ";
    ctx.err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

// Deletes one image after the window's checks; says the outcome on its own line (the id on
// stdout when deleted, the reason on stderr when not) and answers the exit code.
int deleteOne(Context &ctx, const QString &id, const Options &options) {
    ImageOperations &ops = *ctx.operations();
    const auto refuse = [&](const QString &why) {
        ctx.err << "imsctl: " << id << ": not deleted: " << terminalText(why) << '\n';
        ctx.err.flush();
        return Failed;
    };
    const Result<QList<DeletionCandidate>> inspected =
        ctx.await<QList<DeletionCandidate>>([&](auto done) { ops.inspectDeletion({id}, done); });
    if (!inspected) {
        return ctx.fail(id, inspected.error());
    }
    const DeletionCandidate &candidate = inspected.value().first();
    const rules::DeletionCheck &check = candidate.check;
    if (!check.blockers.isEmpty())
        return refuse(check.blockers.join(QLatin1Char(' ')));
    if (check.needsUnprotect && !options.unprotect)
        return refuse(
            QStringLiteral("it is protected; pass --unprotect to unprotect and delete it"));
    if (options.deleteBackup && !check.offersBackupDeletion)
        return refuse(QStringLiteral("--delete-backup: only full-ECS images of IMS have a backup "
                                     "to delete, and %1 is not one")
                          .arg(candidate.image.name));
    if (!check.warnings.isEmpty() && !options.yes) {
        const QString what = QStringLiteral("%1 (%2)").arg(candidate.image.name, id);
        const QString warning = check.warnings.join(QLatin1Char(' '));
        if (!isatty(STDIN_FILENO))
            return refuse(QStringLiteral("%1: %2 Pass --yes to delete it when stdin is not a "
                                         "terminal.")
                              .arg(what, warning));
        if (!confirmed(ctx,
                       QStringLiteral("imsctl: %1 %2 Delete %3?")
                           .arg(terminalText(what), warning, terminalText(candidate.image.name))))
            return refuse(QStringLiteral("not confirmed"));
    }
    const DeletionOrder order{id, check.needsUnprotect && options.unprotect, options.deleteBackup};
    const Result<Done> removed = ctx.await<Done>([&](auto done) { ops.remove(order, done); });
    if (!removed) {
        return ctx.fail(id, removed.error());
    }
    ctx.out << id << '\n';
    ctx.out.flush();
    return Ok;
}

} // namespace

// A number of MB or GB from the command line, or nullopt after saying why (a usage error).
std::optional<int> amountOption(Context &ctx, const char *option,
                                const std::optional<QString> &text, bool *bad) {
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < 0) {
        ctx.usage(QStringLiteral("--%1 takes a whole number of 0 or more, not '%2'")
                      .arg(QLatin1String(option), *text));
        *bad = true;
        return std::nullopt;
    }
    return value;
}

int imagesEdit(Context &ctx, const QString &id, const Options &options) {
    std::optional<ImageChanges> changes = requestedChanges(ctx, id, options);
    if (!changes)
        return Usage;
    ImageOperations &ops = *ctx.operations();
    // The image as it is: the rules depend on it, and Glance takes the whole tag list.
    const Result<Image> image = ctx.await<Image>([&](auto done) { ops.image(id, done); });
    if (!image)
        return ctx.fail(image.error());
    if (const QString why = tagChanges(image.value(), options, *changes); !why.isEmpty())
        return ctx.fail(ApiError::refused(why));
    const Result<Image> updated =
        ctx.await<Image>([&](auto done) { ops.update(image.value(), *changes, done); });
    if (!updated) {
        // A refusal names a field this cloud does not let users change (Unavailable), unless
        // nothing of this image can be changed (not the user's, not active: Failed).
        const bool wholeImage = !rules::editRules(image.value(), ops.api()).all.isEmpty();
        if (updated.error().kind == ApiError::Kind::Refused && !wholeImage)
            return ctx.fail(updated.error(), Unavailable);
        return ctx.fail(updated.error());
    }
    printImages(ctx, {updated.value()});
    return Ok;
}

int imagesDelete(Context &ctx, const QStringList &ids, const Options &options) {
    int code = Ok;
    for (const QString &id : ids) {
        code = std::max(code, deleteOne(ctx, id, options));
        if (ctx.loginStatus() != Ok)
            return Config; // one refused login is enough
    }
    return code;
}

} // namespace imsctl
