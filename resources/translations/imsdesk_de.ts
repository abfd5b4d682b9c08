<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>The cloud did not accept the access key %1 with this secret key for project %2. Check both keys (and that they are not expired) and the project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password: %1 (domain %2) was not accepted. Check the password, the user and the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are right, but the project %1 does not exist or %2 is not a member of it. Check the project name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the identity URL, the network and any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. If this cloud uses a private certificate authority, choose its CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the identity URL and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads %1 (%2, %3) as the new %4 “%5”: the image is made first, then the file is sent, with its progress in the jobs panel, and the image is followed until the cloud says it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS imports %1 from OBS as the new %2 “%3”%4. The job appears in the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS makes the image “%1” of the system disk of %2. The job appears in the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of all the disks of %2. The job appears in the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IMS makes %n data disk image(s) of %1: %2. The job appears in the jobs panel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of the CBR backup %2. The job appears in the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS fills the queued image %1 with %2 from OBS; it becomes active when the job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ApiError</name>
    <message>
        <source>Refused to connect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was stopped: the connection to the cloud was closed (profile switched or closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud does not offer %1: it is part of the IMS extension API, which a plain OpenStack cloud lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud sent an answer imsdesk cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image quota is used up: delete images or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not know this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation conflicts with the resource&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is throttling requests; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ApiWords</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Public image</source>
        <translation>Öffentliches Image</translation>
    </message>
    <message>
        <source>Private image</source>
        <translation>Privates Image</translation>
    </message>
    <message>
        <source>Shared image</source>
        <translation>Geteiltes Image</translation>
    </message>
    <message>
        <source>Marketplace image</source>
        <translation>Marketplace-Image</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Wird neu gestartet</translation>
    </message>
    <message>
        <source>Forcibly restarting</source>
        <translation>Wird erzwungen neu gestartet</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>Wird neu aufgebaut</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>Wird migriert</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Spezifikationen werden geändert</translation>
    </message>
    <message>
        <source>Verifying resize</source>
        <translation>Spezifikationsänderung wird bestätigt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Creating a snapshot</source>
        <translation>Snapshot wird erstellt</translation>
    </message>
    <message>
        <source>Exporting the image</source>
        <translation>Image wird exportiert</translation>
    </message>
    <message>
        <source>Uploading the image</source>
        <translation>Image wird hochgeladen</translation>
    </message>
    <message>
        <source>Registering the image</source>
        <translation>Image wird registriert</translation>
    </message>
</context>
<context>
    <name>ims::BackupForm</name>
    <message>
        <source>CBR backup ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID of a CBR backup of a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::CreateImageDialog</name>
    <message>
        <source>&amp;Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create image from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search servers by name, status, flavor, OS or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image quota: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is running: stop the server before creating an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must be stopped first (IMG.0008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image quota is used up (IMG.0015): delete images or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::DeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What deleting it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unprotect protected images, then delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the &amp;backups of full-ECS images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-ECS image is made from a cloud server backup; without this the backup stays and keeps its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unprotect %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: deleted only if you unprotect it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-ECS image: its backup is deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-ECS image: its backup stays unless you delete it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else: no other project uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be deleted as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The others stay, for the reasons shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Type the confirmation to unprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::DesktopApp</name>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached: the proxy&apos;s password is used until imsdesk quits. Enter it again in Settings after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit imsdesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started here are still running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads stop when imsdesk quits and must be restarted from the jobs panel. The cloud&apos;s own jobs go on and are followed again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go on in the cloud and are followed again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of jobs cannot be saved, so jobs started now are not resumed after a restart.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no passwords, keys or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::DetailsPane</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system and disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attributes from the cloud (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attributes from the cloud (not loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attributes from the cloud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected image&apos;s attributes and values; Ctrl+C copies the selected values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::EditDialog</name>
    <message>
        <source>&amp;Protected (cannot be deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is given more than once; give it one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum RAM (%1 MB) is above the maximum (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ExportDialog</name>
    <message>
        <source>&amp;Quick export (ZVHD2, no conversion; needed over 128 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket:file, e.g. ims-exports:%1.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageBrowser</name>
    <message>
        <source>Loading images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageCellDelegate</name>
    <message>
        <source>%1 · share pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageOperations</name>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 cannot be retried: imsdesk does not know what request started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed job, or one whose outcome is not known, can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to another region is offered by Huawei Cloud and G42 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS does not let users unprotect an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only full-ECS images of IMS have a backup to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 cannot be restarted: imsdesk does not know which file it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 is %2: only a failed or interrupted upload can be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed since the upload began: import it again to upload it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 cannot be cancelled: imsdesk does not know which image it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 is sent by another imsdesk process: cancel it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1 is no longer sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image waits for its file (an upload or an import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s file is being written; it becomes active when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the image failed; it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Shared with this project; not accepted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be deleted until unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with this project; the share is not accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: it cannot be deleted while protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, share pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImageUpload</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1/s · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the queued image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to creating the queued image was lost (%1): an image “%2” may have been made; look for it before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud did not create the queued image: %1. Nothing was left behind; Retry starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 vanished during the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 changed size during the upload (%2 bytes, then %3): the cloud would get a mix of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was written to during the upload: the cloud would get a mix of old and new bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed (%1); a half-sent file is not sent again by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload had finished; image %1 is being checked by the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is already ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the queued image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the queued image %2 could not be deleted (%3): delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the queued image was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImportCheckPage</name>
    <message>
        <source>Check and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImportDetailsPage</name>
    <message>
        <source>&amp;System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data d&amp;isk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick import (large RAW or ZVHD2 files, up to 1 TB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the image and say what it holds. Each entry is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to search the cloud&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum disk in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the file needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum RAM in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum RAM in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, one key=value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge of a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the file&apos;s name; IMS reads the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file: %1, a %2 disk (file %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file: %1 (file %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The name says %1, but the contents are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImportSourcePage</name>
    <message>
        <source>Where does the image come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, make one of a server or a backup, or register a file as an image already queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads it: qcow2, vmdk, vhd, vhdx, raw or ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in &amp;OBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object in a bucket of this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its system disk, all its disks (full-ECS) or its data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CBR backu&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-ECS image of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing &amp;queued image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers an OBS file as an image made without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API: only uploads work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ImportWizard</name>
    <message>
        <source>Import an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobFollowers</name>
    <message>
        <source>Secret not available — log in to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is no longer saved: not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Create from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create full-ECS image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate to region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until the next good login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 %3
Job %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1
Reconnecting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of profile %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobTracker</name>
    <message>
        <source>The cloud no longer knows this job (%1 answers “not found” in a row): the operation may or may not have happened. Retry looks for its result first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job API does not know the job (%1 of %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy answered instead of the job API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the request was lost (%1): the operation may have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imsdesk cannot check this operation&apos;s result; look in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for image “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy would appear in %1, which this profile cannot list: look for “%2” there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image “%1” appeared within %2 h; Retry looks again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found image %1 (the operation had started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found image %1, still %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation had started, but image %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imsdesk cannot list %1 from this profile to see whether “%2” was made there; look for it in %1 before copying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded; waiting for the cloud to check image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload stopped at %1%: the imsdesk process sending it went away. Retry uploads the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was deleted before it became active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud could not use the file: image %1 is killed (the bytes may not be a %2 image). Delete it and upload a valid file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud is checking the file: image %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::JobsPanel</name>
    <message>
        <source>Re&amp;start upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when long jobs end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads the file again: the upload stopped when the imsdesk that sent it went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops sending the file and deletes its queued image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for the image it would create first; sends the request again only when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::KeychainSecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1). Passwords and keys are kept in memory until imsdesk quits and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::LocalFileForm</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/image.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::LogWindow</name>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imsdesk log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;evel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::LoginAttempt</name>
    <message>
        <source>AK/SK signing needs the project ID: enter it (the console shows it under My Credentials → Projects).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::LoginController</name>
    <message>
        <source>Secrets kept for this session only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed. %1 Enter the %2 again and press Connect; jobs are paused until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to imsdesk. Create a profile for your cloud, or import an OpenStack clouds.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved credentials for %1: enter them and press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved credentials for %1 cannot be read from the keychain: enter them and press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the login to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login works: %1 accepted the credentials for project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not renamed: its password and keys could not be moved. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (secrets not remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not deleted: its password and keys would stay behind in the keychain. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and its saved secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Replace it with the cloud “%2” from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the existing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About imsdesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;imsdesk %1&lt;/h3&gt;&lt;p&gt;Manages the images of Huawei Cloud IMS, Open Telekom Cloud and OpenStack Glance.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;&lt;p&gt;Application id: %5&lt;/p&gt;&lt;p&gt;© 2026 imsdesk developers. imsdesk is not yet published under a licence: all rights are reserved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About imsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>imsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images again from the cloud (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)   e.g. ubuntu status:active tag:env=prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match name, ID, tags and OS. Terms: status: os: tag: type: vis: format: name: id: encrypted:yes|no protected:yes|no; -term excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. Image creation, replication and exports appear here and are followed until they finish, across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Plain HTTP allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile allows plain http:// to remote hosts: passwords and tokens may travel unencrypted. Turn it off in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — imsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: cached from %1, refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me (%1+ pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me (%1 pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %L1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %L1 / %L2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images of this view. The context menu (Menu key) holds what can be done with the selected images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1, region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1, region %2, marked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: login failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ObsFileForm</name>
    <message>
        <source>OBS object, as bucket:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::OperationsController</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, or make an image of a server or a backup (Ctrl+I); or drop a file on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create from server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;plicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate the selected image in its region as &lt;name&gt;-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the OS versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling an upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name may hold letters, digits, spaces and - _ . ( ) @ + only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the profile from the OS_* environment; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS_ACCESS_KEY is set but OS_SECRET_KEY is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_IMAGE_ENDPOINT (there is no catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_PROJECT_ID or OS_AUTH_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ProfileDialog</name>
    <message>
        <source>Profiles — imsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the connection and press Test or Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clouds.yaml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a clouds.yaml file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack clouds (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ProfileForm</name>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. OTC production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack (custom Keystone URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://keystone.example.org:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the service catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key / secret key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account or domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eu-de or eu-de_myproject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wins over the name; needed for AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (passwords and tokens travel unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember credentials in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the catalog, e.g. RegionOne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image endpoint (AK/SK has no service catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proj&amp;ect ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ProfileSwitcher</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another profile or region, or manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ProxySettings</name>
    <message>
        <source>A manual proxy needs a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name only, without &quot;http://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::QueuedImageForm</name>
    <message>
        <source>Queued image to register the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS object to register, as bucket:path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued i&amp;mage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;e in OBS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image of the project is queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the queued image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the queued image to register the file as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ReplicateDialog</name>
    <message>
        <source>Replicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands for each image&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: KMS key ID for an encrypted copy in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate to (one job per image and target):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the project and the IAM agency that lets IMS act there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ServerListModel</name>
    <message>
        <source>Stop the server before creating an image from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ServerSourceForm</name>
    <message>
        <source>Search servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, status, flavor, OS or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull-ECS image (all its disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its da&amp;ta disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks of the server: check those to make images of, and name each image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data disks to make images of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ServerUsage</name>
    <message>
        <source>1 server in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were created from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify when a long job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs that ran at least this long are announced when they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs running at lea&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before &amp;deleting images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without asking, images go at once when nothing else depends on them; shared, protected and full-ECS images still show what deleting them affects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before &amp;quitting while jobs started here run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging (every request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the list reads what changed in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the whole list is read again (deleted images show there; F5 does it too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of a large listing read at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;everything every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages read at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, and how dates, sizes and numbers are written. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;indow language (at the next start):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IDs to share with, one per line or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members (untick to stop sharing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with any project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot share an image with your own project (IMG.0076).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::diskimage</name>
    <message>
        <source>%1 starts like a %2 image but its header is cut short (the file has %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ims::recipes</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n image(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n project(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 (whole) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 (data disks) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 with %2</source>
        <translation>%1 mit %2 teilen</translation>
    </message>
    <message>
        <source>Stop sharing %1 with %2</source>
        <translation>Teilen von %1 mit %2 beenden</translation>
    </message>
    <message>
        <source>Accept %1 shared with this project</source>
        <translation>Mit diesem Projekt geteilte %1 annehmen</translation>
    </message>
    <message>
        <source>Reject %1 shared with this project</source>
        <translation>Mit diesem Projekt geteilte %1 ablehnen</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ims::rules</name>
    <message>
        <source>An ISO image is for installing an operating system on a temporary server, from which you then make a system disk image; it cannot be exported or replicated, and IMS refuses most other operations on it (IMG.0167).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM cannot be negative (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max RAM cannot be negative (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM %1 MB is more than max RAM %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image quota is full: %1 of %2 private images are in use. Delete images or ask for a larger quota (IMG.0015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes %1 images, but only %2 of the quota of %3 private images are left (IMG.0015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not list the OS version &quot;%1&quot;; pick one from its list (IMG.0056).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk %1 GB is outside the %2-%3 GB IMS allows for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS makes data disk images only from a file in OBS: upload %1 to a bucket and import it from there as a data disk, or upload it here as a system disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain OpenStack has no data disk images; upload %1 as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; IMS takes direct uploads below 128 GB. Upload it to an OBS bucket and import it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS&apos;s direct upload takes qcow2, VHD and raw files; %1 is %2. Upload it to an OBS bucket and import it from there (IMS imports %2 files from OBS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS makes ISO images only from a file in OBS: upload %1 to a bucket and import it from there as an ISO file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of %1 is not known; the cloud takes qcow2, VMDK, VHD, VHDX, raw and ISO files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 format, not %3 as chosen; choose %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO file (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as %2 but its contents are %3; it is uploaded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk will be %1 GB, the size of the disk inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk inside %1 is %2 GB; IMS images take at most %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk %1 GB is less than the %2 GB disk inside %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk cannot be negative (%1 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 files; %1 is neither. Import it without quick import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an ISO file; mark it as ISO to make an ISO image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO file cannot become a data disk image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import does not take ISO files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the min disk: IMS cannot read the size of the disk inside a file in OBS before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO file needs its OS version (IMG.0166).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick import of a system disk needs its OS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one data disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disk image &quot;%1&quot; has no disk chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup to make the image from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the queued image to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported or replicated, and only one made from a CBR backup can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain OpenStack only takes files uploaded from this computer; OBS files, servers, backups and registering need IMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 128 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos;, &apos;.&apos; and &apos;_&apos; in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; at most 1024 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description cannot contain &apos;&lt;&apos; or &apos;&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a key, as in env=prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is longer than 36 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; is longer than 43 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;: use only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID (32 lower-case hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active images can be replicated; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-ECS images cannot be replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO images cannot be replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the shared image before replicating it (IMG.0196).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared images encrypted with KMS cannot be replicated (IMG.0197).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted images cannot be replicated to another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images over 128 GB cannot be replicated to another region (this one is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public images cannot be deleted (IMG.0094).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image belongs to another project; reject the share instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images being created cannot be deleted (IMG.0090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected images cannot be deleted, and IMS does not let users unprotect them (IMG.0028).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with 1 project, which loses access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1 projects, which lose access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of an image can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStack images have no maximum RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS does not let data disk images be changed (IMG.0168).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS changes only active images; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS does not let users change the minimum disk of an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMS does not let users change the protection of an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public images cannot be shared (IMG.0089).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of an image can share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OBS file as bucket:file, for example my-bucket:images/web.qcow2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active images can be exported; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-ECS images cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO images cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own private images can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of 1 TB or more cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images over 128 GB can only be exported with quick export (IMG.0160).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The OS_* environment does not describe a cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imsdesk is already running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
