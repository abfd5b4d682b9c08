// imsctl: the command line over api/. Data goes to stdout, progress and errors to stderr.
#include "imsctl/commands.h"
#include "imsdesk_version.h"
#include "logging.h"
#include "processhardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

const char kDescription[] =
    R"(Command line for IMS and OpenStack Glance images, sharing profiles and
keychain with imsdesk.

Commands:
  images list [--view private|public|shared|pending|all] [--filter KEY=VALUE]...
              [--all-regions [--region REGION]...]
                            with --all-regions, every region of the account at once (its
                            projects from IAM; --region: those only), with a region column
                            (a "region" field in JSON); a region that fails is said on
                            stderr and the others are still listed (exit 1)
  images where ID [--view V] [--region REGION]...
                            the image, its source and every copy of that source across the
                            account's regions (from __originalimagename and the copies
                            imsdesk made): relation, region, id, name, status, source; a
                            source that was deleted shows as "gone"
  images show ID...
  images edit ID [--name N] [--description D] [--min-ram MB] [--max-ram MB]
              [--min-disk GB] [--tag KEY=VALUE]... [--untag KEY]... [--protect|--unprotect]
                            prints the image as the cloud now has it; on IMS min disk and
                            protection are not the user's to change (exit 6), on OpenStack
                            max RAM does not exist (exit 6)
  images delete ID... [--unprotect] [--delete-backup] [--yes]
                            public images and images being created are refused; protected
                            ones need --unprotect (OpenStack; IMS refuses); images shared
                            with projects are named with their member count and asked about
                            (y/N on a terminal; without one, only with --yes); --delete-backup
                            deletes the backup of full-ECS images too. Each deleted id on
                            stdout, each refusal on stderr; the exit code is the worst.
  images copy ID --name NAME [--region REGION]... [--agency AGENCY] [--cmk KEY] [--wait]
  images create --server SERVER_ID --name NAME [--description D] [--tag KEY=VALUE]...
                [--min-ram MB] [--max-ram MB] [--whole] [--wait]
                            the server's system disk; with --whole a full-ECS image (every
                            disk, through a CBR backup)
  images create --backup BACKUP_ID --name NAME [...as above] [--wait]
                            a full-ECS image from a CBR backup
  images create --server SERVER_ID --name NAME --data-disks [--volume VOLUME_ID[=IMAGE]]...
                [--description D] [--tag KEY=VALUE]... [--wait]
                            an image of each data disk of the server, named NAME-<device>
                            (NAME-vdb for /dev/vdb); or only of the volumes given, named
                            IMAGE or NAME-1, NAME-2... in their order; one job makes them
                            all (with --wait: each new image id)
  images import FILE --name NAME [--os-version V] [--disk-format F] [--min-disk GB]
                [--min-ram MB] [--max-ram MB] [--data-disk] [--iso] [--tag KEY=VALUE]...
                [--description D] [--wait]
                            uploads a local file (qcow2, vmdk, vhd, vhdx, raw, iso; below
                            128 GB, larger ones go through OBS). The format is read from the
                            file (--disk-format overrides), min disk defaults to what the disk
                            inside needs. Checked before anything is sent: the reasons on
                            stderr, exit 1. imsctl sends the bytes itself, so it runs until
                            the upload ends; --wait shows bytes, throughput and time left on
                            stderr and prints the image (--format) at the end, else its id.
                            Ctrl+C cancels the upload, deletes the queued image and says what
                            is left (exit 130).
  images import --obs BUCKET:FILE --name NAME [--os-version V] [--min-disk GB]
                [--quick] [--iso] [--data-disk] [... as above] [--wait]
                            imports a file in OBS (same region); --quick: quick import of
                            large RAW or ZVHD2 files; --iso: an ISO file (needs --os-version)
  images register ID --obs BUCKET:FILE [--wait]
                            gives a queued image (made with its metadata only) its file
  images export ID --bucket-url BUCKET:FILE [--file-format F] [--quick] [--wait]
  images share ID... --project PROJECT_ID... [--wait]
  images unshare ID... --project PROJECT_ID... [--wait]
  shares list               images shared with this project: pending and accepted
  shares accept ID... | shares reject ID...   [--wait]
                            answer images shared with this project
  quota                     the image quota: type, used, quota, min, max
  os-versions [--platform P] the OS versions IMS knows (for --os-version), e.g. of Ubuntu
  jobs [--watch]            the jobs imsdesk and imsctl follow, refreshed from the cloud
  jobs show ID              one job's record, with what Retry would send
  jobs retry ID [--wait]    sends a failed job's request again (jobs started by imsdesk or
                            imsctl); a job whose outcome is unknown is first looked for, and
                            nothing is sent when its image exists
  servers list              ECS servers (for images create)
  servers stop ID... [--wait]
                            stops servers; with --wait until they are SHUTOFF
  profiles [--presets]      saved profiles, or the region presets
  profiles add NAME --cloud huawei|otc|g42|openstack|sandbox --region REGION
               [--identity-url URL] [--image-url URL] [--user USER --domain DOMAIN |
               --access-key AK] [--project NAME_OR_ID]
                            the password or secret key is read from stdin into the keychain
                            (typed without echo on a terminal)
  profiles remove NAME | profiles rename NAME NEW | profiles default NAME
                            remove and rename take the keychain entries along, or refuse
                            while the keychain is locked
  Profile names: letters, digits, spaces and - _ . ( ) @ +, at most 64, unique ignoring case.

Every listing takes --format table|json|csv; JSON uses the API's own field names.
The cloud comes from --profile NAME, else from the OpenStack environment (OS_AUTH_URL,
OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME or OS_PROJECT_ID, OS_USER_DOMAIN_NAME,
OS_REGION_NAME; OS_ACCESS_KEY + OS_SECRET_KEY for AK/SK signing when OS_PASSWORD is unset;
OS_IMAGE_ENDPOINT / OS_ECS_ENDPOINT override the catalog; IMSDESK_CLOUD=openstack|otc|huawei|
g42|sandbox names the cloud), else from the default profile.
Asynchronous operations (copy, create, export, import from OBS, register, and sharing on
IMS) print their job ids, or
with --wait follow the jobs (progress on stderr) and print the new image ids (for sharing:
the image ids). Jobs go to the job list shared with imsdesk, with what started them, so that
either can retry them.
Every request ends after 60 s of silence or 300 s in all (--timeout SECONDS sets the total;
uploads only end when they stall). Plain http:// is refused for hosts other than loopback
unless the profile allows insecure HTTP (IMSDESK_ALLOW_INSECURE_HTTP=1 for the environment).

Exit codes:
  0  success
  1  the cloud refused or failed the operation, or imsctl refused it for the reason it says
     (a public or protected image to delete, an unknown job)
  2  bad command line
  3  no usable profile (or one refused, e.g. plain HTTP), or the login failed
  4  the cloud could not be reached, or did not answer in time (--timeout)
  5  an asynchronous job ended in FAIL
  6  the cloud does not offer this operation or option (IMS-only actions on plain OpenStack,
     an attribute the cloud does not let users change)
  130 an upload was cancelled (Ctrl+C, SIGTERM, SIGHUP)
)";

} // namespace

namespace imsctl {
namespace {

// The commands that need a cloud, as "command sub" (or "command" alone).
const QStringList kCommands = {
    "images list",     "images show",   "images edit",  "images delete",  "images copy",
    "images create",   "images export", "images share", "images unshare", "images import",
    "images register", "images where",  "shares list",  "shares accept",  "shares reject",
    "quota",           "os-versions",   "jobs",         "jobs show",      "jobs retry",
    "servers list",    "servers stop"};

QString commandOf(const QStringList &args) {
    const QString command = args.value(0);
    if (command == QLatin1String("quota") || command == QLatin1String("os-versions") ||
        (command == QLatin1String("jobs") && args.size() == 1))
        return command;
    return command + QLatin1Char(' ') + args.value(1);
}

bool isKnown(const QStringList &args) {
    return kCommands.contains(commandOf(args));
}

int dispatch(Context &ctx, const QStringList &args, const Options &options) {
    const QString command = commandOf(args);
    const QStringList ids = args.mid(2);
    // Commands without ids.
    if (command == QLatin1String("quota"))
        return quota(ctx);
    if (command == QLatin1String("os-versions"))
        return osVersions(ctx, options);
    if (command == QLatin1String("jobs"))
        return jobs(ctx, options);
    if (command == QLatin1String("servers list"))
        return serversList(ctx);
    if (command == QLatin1String("shares list"))
        return sharesList(ctx);
    if (command == QLatin1String("images list"))
        return imagesList(ctx, options);
    if (command == QLatin1String("images create"))
        return imagesCreate(ctx, options);
    if (command == QLatin1String("images import")) // FILE, or none with --obs
        return imagesImport(ctx, ids, options);
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("%1 needs an id").arg(command));
    // Commands with one or more ids.
    if (command == QLatin1String("images show"))
        return imagesShow(ctx, ids);
    if (command == QLatin1String("images delete"))
        return imagesDelete(ctx, ids, options);
    if (command == QLatin1String("images share") || command == QLatin1String("images unshare"))
        return imagesShare(ctx, ids, command == QLatin1String("images share"), options);
    if (command == QLatin1String("shares accept") || command == QLatin1String("shares reject"))
        return sharesAnswer(ctx, ids, command == QLatin1String("shares accept"), options);
    if (command == QLatin1String("servers stop"))
        return serversStop(ctx, ids, options);
    // Commands with exactly one id.
    if (ids.size() != 1)
        return ctx.usage(QStringLiteral("%1 takes one id").arg(command));
    const QString id = ids.first();
    if (command == QLatin1String("images edit"))
        return imagesEdit(ctx, id, options);
    if (command == QLatin1String("images export"))
        return imagesExport(ctx, id, options);
    if (command == QLatin1String("jobs show"))
        return jobsShow(ctx, id);
    if (command == QLatin1String("jobs retry"))
        return jobsRetry(ctx, id, options);
    if (command == QLatin1String("images register"))
        return imagesRegister(ctx, id, options);
    if (command == QLatin1String("images where"))
        return imagesWhere(ctx, id, options);
    return imagesCopy(ctx, id, options);
}

} // namespace
} // namespace imsctl

int main(int argc, char *argv[]) {
    ims::disableCoreDumps(); // before any secret is read (keychain, stdin, OS_PASSWORD)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imsctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("imsdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kImsdeskVersion));
    ims::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile to use."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("table (default), json or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("Which images to list."),
                                  QStringLiteral("VIEW"), QStringLiteral("private"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Exact-match filter, e.g. status=active."),
                                    QStringLiteral("KEY=VALUE"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QStringLiteral("Name of the new image (images edit: the new name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("Description of the new image."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Destination region (repeatable)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QStringLiteral("IAM agency for cross-region copies."),
                                    QStringLiteral("AGENCY"), QStringLiteral("ims_admin_agency"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("ECS server id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Follow the jobs."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Follow unfinished jobs until they end."));
    const QCommandLineOption presets(QStringLiteral("presets"),
                                     QStringLiteral("List the region presets."));
    const QCommandLineOption cloud(QStringLiteral("cloud"), QStringLiteral("Kind of cloud."),
                                   QStringLiteral("KIND"));
    const QCommandLineOption identityUrl(
        QStringLiteral("identity-url"), QStringLiteral("IAM/Keystone URL."), QStringLiteral("URL"));
    const QCommandLineOption imageUrl(QStringLiteral("image-url"),
                                      QStringLiteral("Image (IMS/Glance) URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."),
                                  QStringLiteral("USER"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Domain (account) name."),
                                    QStringLiteral("DOMAIN"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        QStringLiteral("Project name or id (profiles add); project id to share with or to "
                       "stop sharing with (images share|unshare, repeatable)."),
        QStringLiteral("P"));
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       QStringLiteral("Access key (AK/SK signing)."),
                                       QStringLiteral("AK"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Total deadline of each request, in seconds (default 300)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption bucketUrl(QStringLiteral("bucket-url"),
                                       QStringLiteral("OBS destination of an export."),
                                       QStringLiteral("BUCKET:FILE"));
    const QCommandLineOption fileFormat(QStringLiteral("file-format"),
                                        QStringLiteral("Exported file format (qcow2, vhd, zvhd, "
                                                       "vmdk, raw, zvhd2)."),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Quick export, or quick import (--obs)."));
    const QCommandLineOption cmk(QStringLiteral("cmk"),
                                 QStringLiteral("KMS key of an encrypted copy."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption minRam(QStringLiteral("min-ram"),
                                    QStringLiteral("Minimum RAM (images edit, images create)."),
                                    QStringLiteral("MB"));
    const QCommandLineOption maxRam(
        QStringLiteral("max-ram"),
        QStringLiteral("Maximum RAM, 0 for none (images edit, images create)."),
        QStringLiteral("MB"));
    const QCommandLineOption minDisk(QStringLiteral("min-disk"),
                                     QStringLiteral("Minimum disk (images edit, images import)."),
                                     QStringLiteral("GB"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 QStringLiteral("Adds a tag, or sets its value (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption untag(QStringLiteral("untag"),
                                   QStringLiteral("Removes a tag (repeatable)."),
                                   QStringLiteral("KEY"));
    const QCommandLineOption protect(QStringLiteral("protect"),
                                     QStringLiteral("Protects the image (images edit)."));
    const QCommandLineOption unprotect(
        QStringLiteral("unprotect"),
        QStringLiteral("Unprotects the image (images edit), or unprotects protected images "
                       "before deleting them (images delete)."));
    const QCommandLineOption deleteBackup(
        QStringLiteral("delete-backup"),
        QStringLiteral("Deletes the backup of full-ECS images with them."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 QStringLiteral("Deletes shared images without asking."));
    const QCommandLineOption obs(QStringLiteral("obs"),
                                 QStringLiteral("OBS file to import or register."),
                                 QStringLiteral("BUCKET:FILE"));
    const QCommandLineOption osVersion(
        QStringLiteral("os-version"),
        QStringLiteral("OS of the imported image, as 'imsctl os-versions' lists it."),
        QStringLiteral("V"));
    const QCommandLineOption diskFormat(
        QStringLiteral("disk-format"),
        QStringLiteral("Disk format of a local file (default: read from the file)."),
        QStringLiteral("F"));
    const QCommandLineOption dataDisk(QStringLiteral("data-disk"),
                                      QStringLiteral("Import as a data disk image."));
    const QCommandLineOption whole(QStringLiteral("whole"),
                                   QStringLiteral("A full-ECS image of the server."));
    const QCommandLineOption dataDisks(QStringLiteral("data-disks"),
                                       QStringLiteral("Images of the server's data disks."));
    const QCommandLineOption volume(QStringLiteral("volume"),
                                    QStringLiteral("Data disk of --data-disks (repeatable)."),
                                    QStringLiteral("VOLUME_ID[=IMAGE]"));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    QStringLiteral("CBR backup of a full-ECS image."),
                                    QStringLiteral("ID"));
    const QCommandLineOption iso(QStringLiteral("iso"), QStringLiteral("The file is an ISO."));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("OS platform (os-versions)."),
                                      QStringLiteral("P"));
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Log requests to stderr (secrets redacted)."));
    const QCommandLineOption chains(
        QStringLiteral("chains"),
        QStringLiteral("Page chains a listing runs at once (default 8; 1: one marker chain)."),
        QStringLiteral("N"));
    parser.addOptions({profile,  format, view,   filter,  name,      description, region,
                       agency,   server, wait,   watch,   presets,   cloud,       identityUrl,
                       imageUrl, user,   domain, project, accessKey, debug});
    parser.addOptions({bucketUrl, fileFormat, quick, timeout, cmk, minRam, maxRam, minDisk, tag,
                       untag, protect, unprotect, deleteBackup, yes});
    parser.addOptions({obs, osVersion, diskFormat, dataDisk, whole, dataDisks, volume, backup, iso,
                       platform, chains});
    const QCommandLineOption allRegions(
        QStringLiteral("all-regions"),
        QStringLiteral("images list: every region of the account (--region R: those only)."));
    parser.addOption(allRegions);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See above."));
    parser.process(app);

    if (parser.isSet(debug))
        ims::applyLogLevel(QStringLiteral("debug")); // as imsdesk --debug

    imsctl::Context ctx;
    const QString fmt = parser.value(format);
    if (fmt == QLatin1String("json"))
        ctx.format = imsctl::Format::Json;
    else if (fmt == QLatin1String("csv"))
        ctx.format = imsctl::Format::Csv;
    else if (fmt != QLatin1String("table"))
        return ctx.usage(QStringLiteral("--format takes table, json or csv"));

    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            return ctx.usage(QStringLiteral("--timeout takes a number of seconds (1 to 86400)"));
        ctx.timeoutSeconds = seconds;
    }

    if (parser.isSet(chains)) {
        bool ok = false;
        const int n = parser.value(chains).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return ctx.usage(QStringLiteral("--chains takes a number from 1 to 64"));
        ctx.listingChains = n;
    }

    imsctl::Options options;
    options.view = parser.value(view);
    options.filters = parser.values(filter);
    options.name = parser.value(name);
    options.description = parser.value(description);
    options.regions = parser.values(region);
    options.agency = parser.value(agency);
    options.server = parser.value(server);
    options.wait = parser.isSet(wait);
    options.watch = parser.isSet(watch);
    options.presets = parser.isSet(presets);
    options.cloud = parser.value(cloud);
    options.region = parser.value(region);
    options.identityUrl = parser.value(identityUrl);
    options.imageUrl = parser.value(imageUrl);
    options.user = parser.value(user);
    options.domain = parser.value(domain);
    options.project = parser.value(project);
    options.accessKey = parser.value(accessKey);
    options.bucketUrl = parser.value(bucketUrl);
    options.fileFormat = parser.value(fileFormat);
    options.quick = parser.isSet(quick);
    options.projects = parser.values(project); // images share: repeatable
    options.cmk = parser.value(cmk);
    options.nameGiven = parser.isSet(name);
    options.descriptionGiven = parser.isSet(description);
    const auto given = [&parser](const QCommandLineOption &o) {
        return parser.isSet(o) ? std::optional(parser.value(o)) : std::nullopt;
    };
    options.minRam = given(minRam);
    options.maxRam = given(maxRam);
    options.minDisk = given(minDisk);
    options.tags = parser.values(tag);
    options.untags = parser.values(untag);
    options.protect = parser.isSet(protect);
    options.unprotect = parser.isSet(unprotect);
    options.deleteBackup = parser.isSet(deleteBackup);
    options.yes = parser.isSet(yes);
    options.obs = parser.value(obs);
    options.osVersion = parser.value(osVersion);
    options.diskFormat = parser.value(diskFormat);
    options.dataDisk = parser.isSet(dataDisk);
    options.whole = parser.isSet(whole);
    options.dataDisks = parser.isSet(dataDisks);
    options.volumes = parser.values(volume);
    options.backup = parser.value(backup);
    options.iso = parser.isSet(iso);
    options.platform = parser.value(platform);
    options.allRegions = parser.isSet(allRegions);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command.isEmpty())
        return ctx.usage(QStringLiteral("no command given"));
    if (command == QLatin1String("profiles"))
        return imsctl::profiles(ctx, args, options);

    if (!imsctl::isKnown(args))
        return ctx.usage(QStringLiteral("unknown command '%1'").arg(args.join(QLatin1Char(' '))));
    if (const int code = ctx.connect(parser.value(profile)); code != imsctl::Ok)
        return code;
    return imsctl::dispatch(ctx, args, options);
}
