<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>%1-image</source>
        <translation>%1-Image</translation>
    </message>
    <message>
        <source>%1-full</source>
        <translation>%1-vollständig</translation>
    </message>
    <message>
        <source>backup-%1</source>
        <translation>backup-%1</translation>
    </message>
    <message>
        <source>data disk image</source>
        <translation>Datenträger-Image</translation>
    </message>
    <message>
        <source>system disk image</source>
        <translation>Systemdatenträger-Image</translation>
    </message>
    <message>
        <source>Uploads %1 (%2, %3) as the new %4 “%5”: the image is made first, then the file is sent, with its progress in the jobs panel, and the image is followed until the cloud says it is active.</source>
        <translation>Lädt %1 (%2, %3) als neues %4 „%5“ hoch: Zuerst wird das Image angelegt, dann wird die Datei gesendet (der Fortschritt steht in der Aufgabenliste), und das Image wird verfolgt, bis die Cloud es als aktiv meldet.</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>IMS imports %1 from OBS as the new %2 “%3”%4. The job appears in the jobs panel.</source>
        <translation>IMS importiert %1 aus OBS als neues %2 „%3“%4. Die Aufgabe erscheint in der Aufgabenliste.</translation>
    </message>
    <message>
        <source> with quick import</source>
        <translation> per Schnellimport</translation>
    </message>
    <message>
        <source>IMS makes the image “%1” of the system disk of %2. The job appears in the jobs panel.</source>
        <translation>IMS erstellt das Image „%1“ aus dem Systemdatenträger von %2. Die Aufgabe erscheint in der Aufgabenliste.</translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of all the disks of %2. The job appears in the jobs panel.</source>
        <translation>IMS erstellt das vollständige ECS-Image „%1“ aus allen Datenträgern von %2. Die Aufgabe erscheint in der Aufgabenliste.</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → „%2“</translation>
    </message>
    <message numerus="yes">
        <source>IMS makes %n data disk image(s) of %1: %2. The job appears in the jobs panel.</source>
        <translation>
            <numerusform>IMS erstellt %n Datenträger-Image aus %1: %2. Die Aufgabe erscheint in der Aufgabenliste.</numerusform>
            <numerusform>IMS erstellt %n Datenträger-Images aus %1: %2. Die Aufgabe erscheint in der Aufgabenliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of the CBR backup %2. The job appears in the jobs panel.</source>
        <translation>IMS erstellt das vollständige ECS-Image „%1“ aus dem CBR-Backup %2. Die Aufgabe erscheint in der Aufgabenliste.</translation>
    </message>
    <message>
        <source>IMS fills the queued image %1 with %2 from OBS; it becomes active when the job ends.</source>
        <translation>IMS füllt das wartende Image %1 mit %2 aus OBS; es wird aktiv, wenn die Aufgabe endet.</translation>
    </message>
    <message>
        <source>The cloud did not accept the access key %1 with this secret key for project %2. Check both keys (and that they are not expired) and the project ID.</source>
        <translation>Die Cloud hat den Zugriffsschlüssel %1 mit diesem geheimen Schlüssel für das Projekt %2 nicht angenommen. Prüfen Sie beide Schlüssel (auch, ob sie abgelaufen sind) und die Projekt-ID.</translation>
    </message>
    <message>
        <source>Wrong user name or password: %1 (domain %2) was not accepted. Check the password, the user and the domain.</source>
        <translation>Falscher Benutzername oder falsches Passwort: %1 (Domäne %2) wurde nicht angenommen. Prüfen Sie Passwort, Benutzer und Domäne.</translation>
    </message>
    <message>
        <source>The credentials are right, but the project %1 does not exist or %2 is not a member of it. Check the project name or ID.</source>
        <translation>Die Zugangsdaten stimmen, aber das Projekt %1 existiert nicht oder %2 ist nicht Mitglied darin. Prüfen Sie den Projektnamen oder die Projekt-ID.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the identity URL, the network and any proxy.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Identitäts-URL, das Netzwerk und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. If this cloud uses a private certificate authority, choose its CA bundle.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2. Wenn diese Cloud eine eigene Zertifizierungsstelle verwendet, wählen Sie deren CA-Zertifikate aus.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the identity URL and the network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Identitäts-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ims::AllRegionsController</name>
    <message>
        <source>Finding the regions of %1</source>
        <translation>Regionen von %1 werden ermittelt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Secret not available — log in to %1 to list its images</source>
        <translation>Geheimnis nicht verfügbar – bei %1 anmelden, um seine Images aufzulisten</translation>
    </message>
</context>
<context>
    <name>ims::ApiError</name>
    <message>
        <source>Refused to connect: %1.</source>
        <translation>Verbindung abgewiesen: %1.</translation>
    </message>
    <message>
        <source>The request was stopped: the connection to the cloud was closed (profile switched or closed).</source>
        <translation>Die Anfrage wurde gestoppt: Die Verbindung zur Cloud wurde geschlossen (Profil gewechselt oder geschlossen).</translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1).</source>
        <translation>Die Cloud war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The cloud did not answer in time (%1).</source>
        <translation>Die Cloud hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This cloud does not offer %1: it is part of the IMS extension API, which a plain OpenStack cloud lacks.</source>
        <translation>Diese Cloud bietet %1 nicht an: Es gehört zur IMS-Erweiterungs-API, die einer reinen OpenStack-Cloud fehlt.</translation>
    </message>
    <message>
        <source>The cloud sent an answer imsdesk cannot read (%1).</source>
        <translation>Die Cloud hat eine Antwort gesendet, die imsdesk nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>The image quota is used up: delete images or ask for a higher quota.</source>
        <translation>Das Image-Kontingent ist ausgeschöpft: Löschen Sie Images oder beantragen Sie ein höheres Kontingent.</translation>
    </message>
    <message>
        <source>The cloud did not accept the credentials.</source>
        <translation>Die Cloud hat die Zugangsdaten nicht angenommen.</translation>
    </message>
    <message>
        <source>The cloud refused the operation.</source>
        <translation>Die Cloud hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>The cloud does not know this resource.</source>
        <translation>Die Cloud kennt diese Ressource nicht.</translation>
    </message>
    <message>
        <source>The operation conflicts with the resource&apos;s current state.</source>
        <translation>Der Vorgang passt nicht zum aktuellen Zustand der Ressource.</translation>
    </message>
    <message>
        <source>The request is too large for the cloud.</source>
        <translation>Die Anfrage ist zu groß für die Cloud.</translation>
    </message>
    <message>
        <source>The cloud is throttling requests; try again shortly.</source>
        <translation>Die Cloud drosselt Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The cloud had a problem (HTTP %1).</source>
        <translation>Die Cloud hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The cloud rejected the request (HTTP %1).</source>
        <translation>Die Cloud hat die Anfrage zurückgewiesen (HTTP %1).</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (Anfrage %1)</translation>
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
        <translation>CBR-Backup-ID</translation>
    </message>
    <message>
        <source>the ID of a CBR backup of a server</source>
        <translation>die ID eines CBR-Backups eines Servers</translation>
    </message>
    <message>
        <source>Backup &amp;ID:</source>
        <translation>Backup-&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup.</source>
        <translation>Geben Sie die ID des CBR-Backups ein.</translation>
    </message>
</context>
<context>
    <name>ims::CreateImageDialog</name>
    <message>
        <source>&amp;Stop server</source>
        <translation>Server &amp;stoppen</translation>
    </message>
    <message>
        <source>Create image from server</source>
        <translation>Image aus Server erstellen</translation>
    </message>
    <message>
        <source>Search servers by name, status, flavor, OS or ID</source>
        <translation>Server nach Name, Status, Flavor, Betriebssystem oder ID suchen</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>ein Tag pro Zeile, als Schlüssel=Wert</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;Create image</source>
        <translation>Image &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Min RAM:</source>
        <translation>Min. RAM:</translation>
    </message>
    <message>
        <source>Max RAM:</source>
        <translation>Max. RAM:</translation>
    </message>
    <message>
        <source>Image quota: %1 of %2 used</source>
        <translation>Image-Kontingent: %1 von %2 belegt</translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation>Wählen Sie den Server, aus dem ein Image erstellt werden soll.</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>⚠ %1 is running: stop the server before creating an image.</source>
        <translation>⚠ %1 läuft: Stoppen Sie den Server, bevor Sie ein Image erstellen.</translation>
    </message>
    <message>
        <source>%1 is stopped and ready.</source>
        <translation>%1 ist gestoppt und bereit.</translation>
    </message>
    <message>
        <source>%1-image</source>
        <translation>%1-Image</translation>
    </message>
    <message>
        <source>The server must be stopped first (IMG.0008).</source>
        <translation>Der Server muss zuerst gestoppt werden (IMG.0008).</translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation>Max. RAM ist kleiner als min. RAM.</translation>
    </message>
    <message>
        <source>The image quota is used up (IMG.0015): delete images or ask for a higher quota.</source>
        <translation>Das Image-Kontingent ist ausgeschöpft (IMG.0015): Löschen Sie Images oder beantragen Sie ein höheres Kontingent.</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation>Server des Projekts</translation>
    </message>
</context>
<context>
    <name>ims::DeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 images</source>
        <translation>%1 Images löschen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>What deleting it affects</source>
        <translation>Was das Löschen betrifft</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Unprotect protected images, then delete them</source>
        <translation>Schutz geschützter Images a&amp;ufheben, dann löschen</translation>
    </message>
    <message>
        <source>Also delete its &amp;backup</source>
        <translation>Auch sein &amp;Backup löschen</translation>
    </message>
    <message>
        <source>Also delete the &amp;backups of full-ECS images</source>
        <translation>Auch die &amp;Backups vollständiger ECS-Images löschen</translation>
    </message>
    <message>
        <source>A full-ECS image is made from a cloud server backup; without this the backup stays and keeps its cost.</source>
        <translation>Ein vollständiges ECS-Image entsteht aus einem Cloud-Server-Backup; ohne diese Option bleibt das Backup bestehen und verursacht weiter Kosten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>unprotect %1 images</source>
        <translation>Schutz von %1 Images aufheben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Protected: deleted only if you unprotect it below.</source>
        <translation>Geschützt: wird nur gelöscht, wenn Sie unten den Schutz aufheben.</translation>
    </message>
    <message>
        <source>A full-ECS image: its backup is deleted too.</source>
        <translation>Ein vollständiges ECS-Image: Sein Backup wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>A full-ECS image: its backup stays unless you delete it too.</source>
        <translation>Ein vollständiges ECS-Image: Sein Backup bleibt bestehen, sofern Sie es nicht ebenfalls löschen.</translation>
    </message>
    <message>
        <source>Nothing else: no other project uses it.</source>
        <translation>Nichts weiter: Kein anderes Projekt verwendet es.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>Zur Bestätigung „%1“ eingeben</translation>
    </message>
    <message>
        <source>Nothing can be deleted as chosen.</source>
        <translation>Mit dieser Auswahl kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 of %2 images will be deleted.</source>
        <translation>%1 von %2 Images werden gelöscht.</translation>
    </message>
    <message>
        <source> The others stay, for the reasons shown.</source>
        <translation> Die übrigen bleiben aus den angezeigten Gründen bestehen.</translation>
    </message>
    <message>
        <source> Type the confirmation to unprotect.</source>
        <translation> Geben Sie die Bestätigung ein, um den Schutz aufzuheben.</translation>
    </message>
    <message>
        <source>Images to delete</source>
        <translation>Zu löschende Images</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>ims::DesktopApp</name>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: the proxy&apos;s password is used until imsdesk quits. Enter it again in Settings after the next start.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: Das Proxy-Passwort wird nur verwendet, bis imsdesk beendet wird. Geben Sie es nach dem nächsten Start erneut in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Quit imsdesk?</source>
        <translation>imsdesk beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started here are still running.</source>
        <translation>
            <numerusform>%n hier gestartete Aufgabe läuft noch.</numerusform>
            <numerusform>%n hier gestartete Aufgaben laufen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads stop when imsdesk quits and must be restarted from the jobs panel. The cloud&apos;s own jobs go on and are followed again at the next start.</source>
        <translation>Hochladevorgänge brechen ab, wenn imsdesk beendet wird, und müssen in der Aufgabenliste neu gestartet werden. Die Aufgaben der Cloud selbst laufen weiter und werden beim nächsten Start wieder verfolgt.</translation>
    </message>
    <message>
        <source>They go on in the cloud and are followed again at the next start.</source>
        <translation>Sie laufen in der Cloud weiter und werden beim nächsten Start wieder verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Jobs are not saved</source>
        <translation>Aufgaben werden nicht gespeichert</translation>
    </message>
    <message>
        <source>The list of jobs cannot be saved, so jobs started now are not resumed after a restart.

%1</source>
        <translation>Die Aufgabenliste kann nicht gespeichert werden; jetzt gestartete Aufgaben werden nach einem Neustart daher nicht fortgesetzt.

%1</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no passwords, keys or tokens).</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert (ohne Passwörter, Schlüssel oder Tokens).</translation>
    </message>
</context>
<context>
    <name>ims::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>ims::DetailsPane</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation>Wählen Sie ein Image aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Image-Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Yes (key %1)</source>
        <translation>Ja (Schlüssel %1)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Operating system and disk</source>
        <translation>Betriebssystem und Datenträger</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Datenträgerformat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>Min. Datenträger</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Min. RAM</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation>Max. RAM</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>Tags (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>All attributes from the cloud (loading…)</source>
        <translation>Alle Attribute aus der Cloud (wird geladen…)</translation>
    </message>
    <message>
        <source>Loading attributes…</source>
        <translation>Attribute werden geladen…</translation>
    </message>
    <message>
        <source>All attributes from the cloud (not loaded)</source>
        <translation>Alle Attribute aus der Cloud (nicht geladen)</translation>
    </message>
    <message>
        <source>The attributes could not be read: %1</source>
        <translation>Die Attribute konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All attributes from the cloud (%1)</source>
        <translation>Alle Attribute aus der Cloud (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Replicate to the regions that lack it</source>
        <translation>In die Regionen replizieren, in denen es fehlt</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Image-Details</translation>
    </message>
    <message>
        <source>The selected image&apos;s attributes and values; Ctrl+C copies the selected values.</source>
        <translation>Attribute und Werte des ausgewählten Images; Strg+C kopiert die ausgewählten Werte.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Copies (%1)</source>
        <translation>Kopien (%1)</translation>
    </message>
    <message>
        <source>source (gone)</source>
        <translation>Quelle (nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>Fehlt in</translation>
    </message>
    <message>
        <source>Used by (%1 servers)</source>
        <translation>Verwendet von (%1 Server)</translation>
    </message>
    <message>
        <source>Copy the source to %1</source>
        <translation>Die Quelle nach %1 kopieren</translation>
    </message>
    <message>
        <source>source (not listed)</source>
        <translation>Quelle (nicht aufgelistet)</translation>
    </message>
</context>
<context>
    <name>ims::EditDialog</name>
    <message>
        <source>&amp;Protected (cannot be deleted)</source>
        <translation>&amp;Geschützt (kann nicht gelöscht werden)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>ein Tag pro Zeile, als Schlüssel=Wert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation>Min. &amp;RAM:</translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation>Ma&amp;x. RAM:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>Min. Datenträger</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Min. RAM</translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation>Max. RAM</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is given more than once; give it one value.</source>
        <translation>Der Tag-Schlüssel „%1“ kommt mehrfach vor; geben Sie ihm nur einen Wert.</translation>
    </message>
    <message>
        <source>The minimum RAM (%1 MB) is above the maximum (%2 MB).</source>
        <translation>Der minimale RAM (%1 MB) liegt über dem maximalen (%2 MB).</translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation>Min. Daten&amp;träger:</translation>
    </message>
</context>
<context>
    <name>ims::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ims::ExportDialog</name>
    <message>
        <source>&amp;Quick export (ZVHD2, no conversion; needed over 128 GB)</source>
        <translation>&amp;Schnellexport (ZVHD2, ohne Konvertierung; nötig über 128 GB)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>bucket:file, e.g. ims-exports:%1.qcow2</source>
        <translation>Bucket:Datei, z. B. ims-exports:%1.qcow2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>File &amp;format:</source>
        <translation>Datei&amp;format:</translation>
    </message>
</context>
<context>
    <name>ims::ImageBrowser</name>
    <message>
        <source>Loading images</source>
        <translation>Images werden geladen</translation>
    </message>
</context>
<context>
    <name>ims::ImageCellDelegate</name>
    <message>
        <source>%1 · share pending</source>
        <translation>%1 · Freigabe ausstehend</translation>
    </message>
</context>
<context>
    <name>ims::ImageOperations</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Job %1 cannot be retried: imsdesk does not know what request started it.</source>
        <translation>Die Aufgabe %1 kann nicht wiederholt werden: imsdesk weiß nicht, welche Anfrage sie gestartet hat.</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed job, or one whose outcome is not known, can be retried.</source>
        <translation>Die Aufgabe %1 hat den Zustand „%2“: Nur eine fehlgeschlagene Aufgabe oder eine mit unbekanntem Ergebnis kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Copying to another region is offered by Huawei Cloud and G42 only.</source>
        <translation>Das Kopieren in eine andere Region bieten nur Huawei Cloud und G42 an.</translation>
    </message>
    <message>
        <source>IMS does not let users unprotect an image.</source>
        <translation>IMS erlaubt Benutzern nicht, den Schutz eines Images aufzuheben.</translation>
    </message>
    <message>
        <source>Only full-ECS images of IMS have a backup to delete.</source>
        <translation>Nur vollständige ECS-Images von IMS haben ein Backup, das gelöscht werden kann.</translation>
    </message>
    <message>
        <source>Upload %1 cannot be restarted: imsdesk does not know which file it sent.</source>
        <translation>Das Hochladen %1 kann nicht neu gestartet werden: imsdesk weiß nicht, welche Datei gesendet wurde.</translation>
    </message>
    <message>
        <source>Upload %1 is %2: only a failed or interrupted upload can be restarted.</source>
        <translation>Das Hochladen %1 hat den Zustand „%2“: Nur ein fehlgeschlagenes oder unterbrochenes Hochladen kann neu gestartet werden.</translation>
    </message>
    <message>
        <source>The file %1 changed since the upload began: import it again to upload it as it is now.</source>
        <translation>Die Datei %1 hat sich seit Beginn des Hochladens geändert: Importieren Sie sie erneut, um sie im jetzigen Zustand hochzuladen.</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Es gibt kein Hochladen %1.</translation>
    </message>
    <message>
        <source>Upload %1 cannot be cancelled: imsdesk does not know which image it made.</source>
        <translation>Das Hochladen %1 kann nicht abgebrochen werden: imsdesk weiß nicht, welches Image dafür angelegt wurde.</translation>
    </message>
    <message>
        <source>Upload %1 is sent by another imsdesk process: cancel it there.</source>
        <translation>Das Hochladen %1 läuft in einem anderen imsdesk-Prozess: Brechen Sie es dort ab.</translation>
    </message>
    <message>
        <source>Upload %1 is no longer sending.</source>
        <translation>Das Hochladen %1 sendet nicht mehr.</translation>
    </message>
    <message>
        <source>Upload %1 is being restarted already.</source>
        <translation>Das Hochladen %1 wird bereits neu gestartet.</translation>
    </message>
</context>
<context>
    <name>ims::ImageTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Image-Typ</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Datenträgerformat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>Min. Datenträger</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>Min. RAM</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1, share pending</source>
        <translation>%1, Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The image is ready to use.</source>
        <translation>Das Image ist einsatzbereit.</translation>
    </message>
    <message>
        <source>The image waits for its file (an upload or an import).</source>
        <translation>Das Image wartet auf seine Datei (ein Hochladen oder ein Import).</translation>
    </message>
    <message>
        <source>The image&apos;s file is being written; it becomes active when that is done.</source>
        <translation>Die Datei des Images wird geschrieben; danach ist es aktiv.</translation>
    </message>
    <message>
        <source>Creating the image failed; it cannot be used.</source>
        <translation>Das Erstellen des Images ist fehlgeschlagen; es kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The image is being deleted.</source>
        <translation>Das Image wird gelöscht.</translation>
    </message>
    <message>
        <source> Shared with this project; not accepted yet.</source>
        <translation> Für dieses Projekt freigegeben; noch nicht angenommen.</translation>
    </message>
    <message>
        <source>It cannot be deleted until unprotected.</source>
        <translation>Es kann erst gelöscht werden, wenn der Schutz aufgehoben ist.</translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1.</source>
        <translation>Verschlüsselt mit dem KMS-Schlüssel %1.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Pending delete</source>
        <translation>Löschen ausstehend</translation>
    </message>
    <message>
        <source>source gone (%1)</source>
        <translation>Quelle nicht mehr vorhanden (%1)</translation>
    </message>
    <message>
        <source>Shared with this project; the share is not accepted yet</source>
        <translation>Für dieses Projekt freigegeben; die Freigabe ist noch nicht angenommen</translation>
    </message>
    <message>
        <source>Protected: it cannot be deleted while protected</source>
        <translation>Geschützt: kann nicht gelöscht werden, solange es geschützt ist</translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1</source>
        <translation>Verschlüsselt mit dem KMS-Schlüssel %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>Kopie von</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1 (nicht aufgelistet)</translation>
    </message>
</context>
<context>
    <name>ims::ImageUpload</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Hochladen: %1 von %2</translation>
    </message>
    <message>
        <source> · %1/s · %2 left</source>
        <translation> · %1/s · noch %2</translation>
    </message>
    <message>
        <source>Creating the queued image</source>
        <translation>Wartendes Image wird angelegt</translation>
    </message>
    <message>
        <source>The answer to creating the queued image was lost (%1): an image “%2” may have been made; look for it before retrying.</source>
        <translation>Die Antwort auf das Anlegen des wartenden Images ging verloren (%1): Möglicherweise wurde ein Image „%2“ angelegt; suchen Sie danach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The cloud did not create the queued image: %1. Nothing was left behind; Retry starts again.</source>
        <translation>Die Cloud hat das wartende Image nicht angelegt: %1. Es ist nichts zurückgeblieben; „Wiederholen“ beginnt von vorn.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The file %1 vanished during the upload</source>
        <translation>Die Datei %1 ist während des Hochladens verschwunden</translation>
    </message>
    <message>
        <source>The file %1 changed size during the upload (%2 bytes, then %3): the cloud would get a mix of both</source>
        <translation>Die Datei %1 hat während des Hochladens ihre Größe geändert (%2 Byte, dann %3): Die Cloud bekäme eine Mischung aus beiden</translation>
    </message>
    <message>
        <source>The file %1 was written to during the upload: the cloud would get a mix of old and new bytes</source>
        <translation>In die Datei %1 wurde während des Hochladens geschrieben: Die Cloud bekäme eine Mischung aus alten und neuen Bytes</translation>
    </message>
    <message>
        <source>The upload failed (%1); a half-sent file is not sent again by itself</source>
        <translation>Das Hochladen ist fehlgeschlagen (%1); eine halb gesendete Datei wird nicht von selbst erneut gesendet</translation>
    </message>
    <message>
        <source>The upload had finished; image %1 is being checked by the cloud.</source>
        <translation>Das Hochladen war abgeschlossen; die Cloud prüft das Image %1.</translation>
    </message>
    <message>
        <source>The upload is already ending.</source>
        <translation>Das Hochladen wird bereits beendet.</translation>
    </message>
    <message>
        <source>Deleting the queued image</source>
        <translation>Wartendes Image wird gelöscht</translation>
    </message>
    <message>
        <source>%1; the queued image %2 could not be deleted (%3): delete it yourself.</source>
        <translation>%1; das wartende Image %2 konnte nicht gelöscht werden (%3): Löschen Sie es selbst.</translation>
    </message>
    <message>
        <source>%1; the queued image was deleted.</source>
        <translation>%1; das wartende Image wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ims::ImportCheckPage</name>
    <message>
        <source>Check and start</source>
        <translation>Prüfen und starten</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Why it cannot start</source>
        <translation>Warum es nicht starten kann</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ims::ImportDetailsPage</name>
    <message>
        <source>&amp;System disk</source>
        <translation>&amp;Systemdatenträger</translation>
    </message>
    <message>
        <source>Data d&amp;isk</source>
        <translation>&amp;Datenträger</translation>
    </message>
    <message>
        <source>&amp;Quick import (large RAW or ZVHD2 files, up to 1 TB)</source>
        <translation>S&amp;chnellimport (große RAW- oder ZVHD2-Dateien, bis 1 TB)</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>Name the image and say what it holds. Each entry is checked as you type.</source>
        <translation>Benennen Sie das Image und beschreiben Sie seinen Inhalt. Jede Eingabe wird schon beim Tippen geprüft.</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <source>type to search the cloud&apos;s list</source>
        <translation>tippen, um die Liste der Cloud zu durchsuchen</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>Datenträgerformat</translation>
    </message>
    <message>
        <source>Minimum disk in GB</source>
        <translation>Minimaler Datenträger in GB</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>what the file needs</source>
        <translation>was die Datei braucht</translation>
    </message>
    <message>
        <source>Minimum RAM in MB</source>
        <translation>Minimaler RAM in MB</translation>
    </message>
    <message>
        <source>Maximum RAM in MB</source>
        <translation>Maximaler RAM in MB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Tags, one key=value per line</source>
        <translation>Tags, ein Schlüssel=Wert pro Zeile</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>ein Tag pro Zeile, als Schlüssel=Wert</translation>
    </message>
    <message>
        <source>System disk image</source>
        <translation>Systemdatenträger-Image</translation>
    </message>
    <message>
        <source>Data disk image</source>
        <translation>Datenträger-Image</translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation>Schnellimport</translation>
    </message>
    <message>
        <source>Kind of disk</source>
        <translation>Art des Datenträgers</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Ima&amp;ge of a:</source>
        <translation>Image-&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>Betriebssystem&amp;version:</translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation>Datenträger&amp;format:</translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation>Min. Datenträ&amp;ger:</translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation>Min. &amp;RAM:</translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation>Ma&amp;x. RAM:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>enter it</source>
        <translation>bitte eingeben</translation>
    </message>
    <message>
        <source>Taken from the file&apos;s name; IMS reads the file itself.</source>
        <translation>Aus dem Dateinamen übernommen; IMS liest die Datei selbst.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Detected from the file: %1, a %2 disk (file %3).</source>
        <translation>Aus der Datei erkannt: %1, ein Datenträger mit %2 (Datei %3).</translation>
    </message>
    <message>
        <source>Detected from the file: %1 (file %2).</source>
        <translation>Aus der Datei erkannt: %1 (Datei %2).</translation>
    </message>
    <message>
        <source>⚠ The name says %1, but the contents are %2.</source>
        <translation>⚠ Der Name deutet auf %1 hin, der Inhalt ist aber %2.</translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation>Max. RAM ist kleiner als min. RAM.</translation>
    </message>
</context>
<context>
    <name>ims::ImportSourcePage</name>
    <message>
        <source>Where does the image come from?</source>
        <translation>Woher kommt das Image?</translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, make one of a server or a backup, or register a file as an image already queued.</source>
        <translation>Laden Sie eine Datei hoch, importieren Sie eine aus OBS, erstellen Sie ein Image aus einem Server oder einem Backup, oder registrieren Sie eine Datei als bereits wartendes Image.</translation>
    </message>
    <message>
        <source>A file on this &amp;computer</source>
        <translation>Eine Datei auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>Uploads it: qcow2, vmdk, vhd, vhdx, raw or ISO</source>
        <translation>Lädt sie hoch: qcow2, vmdk, vhd, vhdx, raw oder ISO</translation>
    </message>
    <message>
        <source>A file in &amp;OBS</source>
        <translation>Eine Datei in &amp;OBS</translation>
    </message>
    <message>
        <source>An object in a bucket of this region</source>
        <translation>Ein Objekt in einem Bucket dieser Region</translation>
    </message>
    <message>
        <source>A &amp;server</source>
        <translation>Ein &amp;Server</translation>
    </message>
    <message>
        <source>Its system disk, all its disks (full-ECS) or its data disks</source>
        <translation>Sein Systemdatenträger, alle seine Datenträger (vollständiges ECS-Image) oder seine Datenträger ohne Systemdatenträger</translation>
    </message>
    <message>
        <source>A CBR backu&amp;p</source>
        <translation>Ein CBR-&amp;Backup</translation>
    </message>
    <message>
        <source>A full-ECS image of the backup</source>
        <translation>Ein vollständiges ECS-Image aus dem Backup</translation>
    </message>
    <message>
        <source>An existing &amp;queued image</source>
        <translation>Ein vorhandenes warten&amp;des Image</translation>
    </message>
    <message>
        <source>Registers an OBS file as an image made without one</source>
        <translation>Registriert eine OBS-Datei für ein Image, das ohne Datei angelegt wurde</translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API: only uploads work.</source>
        <translation>Diese Cloud hat keine IMS-Erweiterungs-API: Nur Hochladen funktioniert.</translation>
    </message>
</context>
<context>
    <name>ims::ImportWizard</name>
    <message>
        <source>Import an image</source>
        <translation>Image importieren</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Import starten</translation>
    </message>
</context>
<context>
    <name>ims::JobFollowers</name>
    <message>
        <source>Secret not available — log in to follow</source>
        <translation>Geheimnis nicht verfügbar – zum Verfolgen anmelden</translation>
    </message>
    <message>
        <source>The profile is no longer saved: not followed</source>
        <translation>Das Profil ist nicht mehr gespeichert: nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Create from server</source>
        <translation>Aus Server erstellen</translation>
    </message>
    <message>
        <source>Create full-ECS image</source>
        <translation>Vollständiges ECS-Image erstellen</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replizieren</translation>
    </message>
    <message>
        <source>Replicate to region</source>
        <translation>In Region replizieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <source>Answer share</source>
        <translation>Freigabe beantworten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Create from disk</source>
        <translation>Aus Datenträger erstellen</translation>
    </message>
    <message>
        <source>Server action</source>
        <translation>Serveraktion</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>%1 (unknown status)</source>
        <translation>%1 (unbekannter Status)</translation>
    </message>
    <message>
        <source>%1, reconnecting</source>
        <translation>%1, verbindet erneut</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Paused until the next good login</source>
        <translation>Angehalten bis zur nächsten erfolgreichen Anmeldung</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3
Job %4</source>
        <translation>%1 fehlgeschlagen: %2 %3
Aufgabe %4</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>Job %1
Reconnecting: %2</source>
        <translation>Aufgabe %1
Verbindet erneut: %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s</source>
        <translation>%1 von %2 · %3/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>Job %1 of profile %2
%3</source>
        <translation>Aufgabe %1 des Profils %2
%3</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>ims::JobTracker</name>
    <message>
        <source>The cloud no longer knows this job (%1 answers “not found” in a row): the operation may or may not have happened. Retry looks for its result first.</source>
        <translation>Die Cloud kennt diese Aufgabe nicht mehr (%1-mal nacheinander „nicht gefunden“): Der Vorgang hat vielleicht stattgefunden, vielleicht auch nicht. „Wiederholen“ sucht zuerst nach seinem Ergebnis.</translation>
    </message>
    <message>
        <source>The job API does not know the job (%1 of %2): %3</source>
        <translation>Die Aufgaben-API kennt die Aufgabe nicht (%1 von %2): %3</translation>
    </message>
    <message>
        <source>Renewing the login: %1</source>
        <translation>Anmeldung wird erneuert: %1</translation>
    </message>
    <message>
        <source>A gateway or proxy answered instead of the job API: %1</source>
        <translation>Ein Gateway oder Proxy hat anstelle der Aufgaben-API geantwortet: %1</translation>
    </message>
    <message>
        <source>The answer to the request was lost (%1): the operation may have started.</source>
        <translation>Die Antwort auf die Anfrage ging verloren (%1): Der Vorgang wurde möglicherweise gestartet.</translation>
    </message>
    <message>
        <source>imsdesk cannot check this operation&apos;s result; look in the console</source>
        <translation>imsdesk kann das Ergebnis dieses Vorgangs nicht prüfen; sehen Sie in der Konsole nach</translation>
    </message>
    <message>
        <source>Looking for image “%1”</source>
        <translation>Suche nach Image „%1“</translation>
    </message>
    <message>
        <source>The copy would appear in %1, which this profile cannot list: look for “%2” there.</source>
        <translation>Die Kopie würde in %1 erscheinen, das dieses Profil nicht auflisten kann: Suchen Sie dort nach „%2“.</translation>
    </message>
    <message>
        <source>No image “%1” appeared within %2 h; Retry looks again first.</source>
        <translation>Innerhalb von %2 h ist kein Image „%1“ erschienen; „Wiederholen“ sucht zuerst erneut.</translation>
    </message>
    <message>
        <source>Looking for the result: %1</source>
        <translation>Suche nach dem Ergebnis: %1</translation>
    </message>
    <message>
        <source>Found image %1 (the operation had started)</source>
        <translation>Image %1 gefunden (der Vorgang war gestartet)</translation>
    </message>
    <message>
        <source>Found image %1, still %2</source>
        <translation>Image %1 gefunden, Status noch %2</translation>
    </message>
    <message>
        <source>The operation had started, but image %1 is %2.</source>
        <translation>Der Vorgang war gestartet, aber das Image %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>imsdesk cannot list %1 from this profile to see whether “%2” was made there; look for it in %1 before copying again.</source>
        <translation>imsdesk kann %1 mit diesem Profil nicht auflisten, um zu sehen, ob „%2“ dort angelegt wurde; suchen Sie in %1 danach, bevor Sie erneut kopieren.</translation>
    </message>
    <message>
        <source>Uploaded; waiting for the cloud to check image %1</source>
        <translation>Hochgeladen; warte darauf, dass die Cloud das Image %1 prüft</translation>
    </message>
    <message>
        <source>The upload stopped at %1%: the imsdesk process sending it went away. Retry uploads the file again.</source>
        <translation>Das Hochladen ist bei %1 % stehen geblieben: Der sendende imsdesk-Prozess ist nicht mehr da. „Wiederholen“ lädt die Datei erneut hoch.</translation>
    </message>
    <message>
        <source>Image %1 was deleted before it became active.</source>
        <translation>Das Image %1 wurde gelöscht, bevor es aktiv wurde.</translation>
    </message>
    <message>
        <source>Image %1 is active</source>
        <translation>Das Image %1 ist aktiv</translation>
    </message>
    <message>
        <source>The cloud could not use the file: image %1 is killed (the bytes may not be a %2 image). Delete it and upload a valid file.</source>
        <translation>Die Cloud konnte die Datei nicht verwenden: Das Image %1 ist fehlerhaft (killed; der Inhalt ist vielleicht kein %2-Image). Löschen Sie es und laden Sie eine gültige Datei hoch.</translation>
    </message>
    <message>
        <source>The cloud is checking the file: image %1 is %2</source>
        <translation>Die Cloud prüft die Datei: Das Image %1 hat den Status %2</translation>
    </message>
</context>
<context>
    <name>ims::JobsPanel</name>
    <message>
        <source>Re&amp;start upload</source>
        <translation>Hochladen neu &amp;starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation>Hochladen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Erledigte entfernen</translation>
    </message>
    <message>
        <source>Notify when long jobs end</source>
        <translation>Benachrichtigen, wenn lange Aufgaben enden</translation>
    </message>
    <message>
        <source>Uploads the file again: the upload stopped when the imsdesk that sent it went away</source>
        <translation>Lädt die Datei erneut hoch: Das Hochladen brach ab, als das sendende imsdesk beendet wurde</translation>
    </message>
    <message>
        <source>Stops sending the file and deletes its queued image</source>
        <translation>Beendet das Senden der Datei und löscht das zugehörige wartende Image</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>Aufgaben-ID: %1</translation>
    </message>
    <message>
        <source>Job type: %1</source>
        <translation>Aufgabentyp: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Fehler: %1 %2</translation>
    </message>
    <message>
        <source>Looks for the image it would create first; sends the request again only when there is none</source>
        <translation>Sucht zuerst nach dem Image, das die Aufgabe erstellen würde; sendet die Anfrage nur dann erneut, wenn es keines gibt</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 verloren</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Sh&amp;ow image</source>
        <translation>Image an&amp;zeigen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>ims::KeychainSecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1). Passwords and keys are kept in memory until imsdesk quits and must be entered again next time.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Passwörter und Schlüssel bleiben nur im Arbeitsspeicher, bis imsdesk beendet wird, und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>ims::LocalFileForm</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Image file on this computer</source>
        <translation>Image-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>/path/to/image.qcow2</source>
        <translation>/pfad/zum/image.qcow2</translation>
    </message>
    <message>
        <source>Browse for the image file</source>
        <translation>Nach der Image-Datei suchen</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Image-Datei auswählen</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;All files (*)</source>
        <translation>Datenträger-Images (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the image file to upload.</source>
        <translation>Wählen Sie die Image-Datei zum Hochladen aus.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>ims::LogWindow</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>imsdesk log</source>
        <translation>imsdesk-Protokoll</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>L&amp;evel:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
</context>
<context>
    <name>ims::LoginAttempt</name>
    <message>
        <source>AK/SK signing needs the project ID: enter it (the console shows it under My Credentials → Projects).</source>
        <translation>Die AK/SK-Signatur braucht die Projekt-ID: Geben Sie sie ein (die Konsole zeigt sie unter „Meine Zugangsdaten“ → „Projekte“).</translation>
    </message>
</context>
<context>
    <name>ims::LoginController</name>
    <message>
        <source>Secrets kept for this session only. %1</source>
        <translation>Geheimnisse werden nur für diese Sitzung aufbewahrt. %1</translation>
    </message>
    <message>
        <source>Login failed. %1 Enter the %2 again and press Connect; jobs are paused until then.</source>
        <translation>Anmeldung fehlgeschlagen. %1 Geben Sie %2 erneut ein und klicken Sie auf „Verbinden“; bis dahin sind die Aufgaben angehalten.</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>den geheimen Schlüssel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Welcome to imsdesk. Create a profile for your cloud, or import an OpenStack clouds.yaml.</source>
        <translation>Willkommen bei imsdesk. Legen Sie ein Profil für Ihre Cloud an oder importieren Sie eine OpenStack-clouds.yaml.</translation>
    </message>
    <message>
        <source>No saved credentials for %1: enter them and press Connect.</source>
        <translation>Keine gespeicherten Zugangsdaten für %1: Geben Sie sie ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>The saved credentials for %1 cannot be read from the keychain: enter them and press Connect.</source>
        <translation>Die gespeicherten Zugangsdaten für %1 können nicht aus dem Schlüsselbund gelesen werden: Geben Sie sie ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Testing the login to %1…</source>
        <translation>Anmeldung bei %1 wird getestet…</translation>
    </message>
    <message>
        <source>Login works: %1 accepted the credentials for project %2.</source>
        <translation>Die Anmeldung funktioniert: %1 hat die Zugangsdaten für das Projekt %2 angenommen.</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not renamed: its password and keys could not be moved. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar, daher wurde %1 nicht umbenannt: Passwort und Schlüssel konnten nicht verschoben werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation>%1 gespeichert; die Geheimnisse liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved %1 (secrets not remembered).</source>
        <translation>%1 gespeichert (Geheimnisse nicht gemerkt).</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not deleted: its password and keys would stay behind in the keychain. Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar, daher wurde %1 nicht gelöscht: Passwort und Schlüssel blieben sonst im Schlüsselbund zurück. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deleted %1 and its saved secrets.</source>
        <translation>%1 und seine gespeicherten Geheimnisse gelöscht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation>clouds.yaml importieren</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Replace it with the cloud “%2” from %3?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Durch die Cloud „%2“ aus %3 ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Import as “%1”</source>
        <translation>Als „%1“ importieren</translation>
    </message>
    <message>
        <source>Keep the existing one</source>
        <translation>Vorhandenes behalten</translation>
    </message>
    <message>
        <source>No profile imported from %1.</source>
        <translation>Kein Profil aus %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n Profil importiert: %1.</numerusform>
            <numerusform>%n Profile importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the existing %1.</source>
        <translation>Vorhandene behalten: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
</context>
<context>
    <name>ims::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Private Images</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>&amp;Öffentliche Images</translation>
    </message>
    <message>
        <source>&amp;Shared with me</source>
        <translation>&amp;Für mich freigegebene Images</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Jobs panel</source>
        <translation>&amp;Aufgabenliste</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>&amp;About imsdesk…</source>
        <translation>&amp;Über imsdesk…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;imsdesk %1&lt;/h3&gt;&lt;p&gt;Manages the images of Huawei Cloud IMS, Open Telekom Cloud and OpenStack Glance.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;&lt;p&gt;Application id: %5&lt;/p&gt;&lt;p&gt;© 2026 imsdesk developers. imsdesk is not yet published under a licence: all rights are reserved.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;imsdesk %1&lt;/h3&gt;&lt;p&gt;Verwaltet die Images von Huawei Cloud IMS, Open Telekom Cloud und OpenStack Glance.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit Qt %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;&lt;p&gt;Anwendungs-ID: %5&lt;/p&gt;&lt;p&gt;© 2026 die Entwickler von imsdesk. imsdesk ist noch nicht unter einer Lizenz veröffentlicht: Alle Rechte vorbehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About imsdesk</source>
        <translation>Über imsdesk</translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>imsdesk</source>
        <translation>imsdesk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private Images</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentliche Images</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Für mich freigegebene Images</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the images again from the cloud (F5)</source>
        <translation>Die Images erneut aus der Cloud laden (F5)</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>I&amp;D kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)   e.g. ubuntu status:active tag:env=prod</source>
        <translation>Suchen  (Strg+F)   z. B. ubuntu status:active tag:env=prod</translation>
    </message>
    <message>
        <source>Words match name, ID, tags and OS. Terms: status: os: tag: type: vis: format: name: id: encrypted:yes|no protected:yes|no; -term excludes.</source>
        <translation>Wörter werden in Name, ID, Tags und Betriebssystem gesucht. Filter: status: os: tag: type: vis: format: name: id: encrypted:yes|no protected:yes|no; -Wort schließt aus.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No jobs yet. Image creation, replication and exports appear here and are followed until they finish, across restarts.</source>
        <translation>Noch keine Aufgaben. Erstellen, Replizieren und Exportieren von Images erscheinen hier und werden bis zum Ende verfolgt, auch über Neustarts hinweg.</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP allowed</source>
        <translation>⚠ Unverschlüsseltes HTTP erlaubt</translation>
    </message>
    <message>
        <source>This profile allows plain http:// to remote hosts: passwords and tokens may travel unencrypted. Turn it off in the profile.</source>
        <translation>Dieses Profil erlaubt unverschlüsseltes http:// zu entfernten Hosts: Passwörter und Tokens können unverschlüsselt übertragen werden. Schalten Sie das im Profil ab.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>%1 · %2 — imsdesk</source>
        <translation>%1 · %2 — imsdesk</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Verbindet erneut…</translation>
    </message>
    <message>
        <source>● Login failed</source>
        <translation>● Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stale: cached from %1, refreshing…</source>
        <translation>Veraltet: zwischengespeichert von %1, wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Shared with me (%1+ pending)</source>
        <translation>Für mich freigegebene Images (%1+ ausstehend)</translation>
    </message>
    <message>
        <source>Shared with me (%1 pending)</source>
        <translation>Für mich freigegebene Images (%1 ausstehend)</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Loading… %L1 images</source>
        <translation>Wird geladen… %L1 Images</translation>
    </message>
    <message>
        <source>Quota: %L1 / %L2 images</source>
        <translation>Kontingent: %L1 / %L2 Images</translation>
    </message>
    <message>
        <source>%L1 of %L2 images</source>
        <translation>%L1 von %L2 Images</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>The images of this view. The context menu (Menu key) holds what can be done with the selected images.</source>
        <translation>Die Images dieser Ansicht. Das Kontextmenü (Menütaste) enthält, was mit den ausgewählten Images getan werden kann.</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Image views</source>
        <translation>Image-Ansichten</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Images suchen</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>Images werden geladen</translation>
    </message>
    <message>
        <source>Profile %1, region %2</source>
        <translation>Profil %1, Region %2</translation>
    </message>
    <message>
        <source>Profile %1, region %2, marked %3</source>
        <translation>Profil %1, Region %2, markiert als %3</translation>
    </message>
    <message>
        <source>Connection: offline</source>
        <translation>Verbindung: offline</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>Verbindung: online</translation>
    </message>
    <message>
        <source>Connection: reconnecting</source>
        <translation>Verbindung: wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Connection: login failed</source>
        <translation>Verbindung: Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ims::ObsFileForm</name>
    <message>
        <source>OBS object, as bucket:path</source>
        <translation>OBS-Objekt, als Bucket:Pfad</translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation>bucket:pfad/zum/image.qcow2</translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <translation>&amp;Objekt:</translation>
    </message>
</context>
<context>
    <name>ims::OperationsController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, or make an image of a server or a backup (Ctrl+I); or drop a file on the window</source>
        <translation>Eine Datei hochladen, eine aus OBS importieren oder ein Image aus einem Server oder Backup erstellen (Strg+I); oder eine Datei auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Create from server…</source>
        <translation>Aus &amp;Server erstellen…</translation>
    </message>
    <message>
        <source>Replicate &amp;here</source>
        <translation>&amp;Hier replizieren</translation>
    </message>
    <message>
        <source>Re&amp;plicate…</source>
        <translation>&amp;Replizieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Accept share</source>
        <translation>Freigabe anneh&amp;men</translation>
    </message>
    <message>
        <source>Re&amp;ject share</source>
        <translation>Freigabe abl&amp;ehnen</translation>
    </message>
    <message>
        <source>Replicate the selected image in its region as &lt;name&gt;-copy</source>
        <translation>Repliziert das ausgewählte Image in seiner Region als &lt;name&gt;-copy</translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API.</source>
        <translation>Diese Cloud hat keine IMS-Erweiterungs-API.</translation>
    </message>
    <message>
        <source>Retrying a job</source>
        <translation>Aufgabe wird wiederholt</translation>
    </message>
    <message>
        <source>Replicating %1</source>
        <translation>%1 wird repliziert</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Answering a share</source>
        <translation>Freigabe wird beantwortet</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>Loading servers</source>
        <translation>Server werden geladen</translation>
    </message>
    <message>
        <source>Stopping the server</source>
        <translation>Server wird gestoppt</translation>
    </message>
    <message>
        <source>Loading the OS versions</source>
        <translation>Betriebssystemversionen werden geladen</translation>
    </message>
    <message>
        <source>Loading the quota</source>
        <translation>Kontingent wird geladen</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Cancelling an upload</source>
        <translation>Hochladen wird abgebrochen</translation>
    </message>
    <message>
        <source>The job belongs to %1, whose jobs are not followed in this window: log in to %1 to retry it.</source>
        <translation>Die Aufgabe gehört zu %1, dessen Aufgaben in diesem Fenster nicht verfolgt werden: Melden Sie sich bei %1 an, um sie zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>ims::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>Ein Profilname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Ein Profilname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A profile name may hold letters, digits, spaces and - _ . ( ) @ + only, not %1.</source>
        <translation>Ein Profilname darf nur Buchstaben, Ziffern, Leerzeichen und - _ . ( ) @ + enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the profile from the OS_* environment; choose another name.</source>
        <translation>„%1“ ist der Name des Profils aus den OS_*-Umgebungsvariablen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>OS_ACCESS_KEY is set but OS_SECRET_KEY is not</source>
        <translation>OS_ACCESS_KEY ist gesetzt, OS_SECRET_KEY aber nicht</translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_IMAGE_ENDPOINT (there is no catalog)</source>
        <translation>Die AK/SK-Signatur braucht OS_IMAGE_ENDPOINT (es gibt keinen Dienstkatalog)</translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_PROJECT_ID or OS_AUTH_URL</source>
        <translation>Die AK/SK-Signatur braucht OS_PROJECT_ID oder OS_AUTH_URL</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation>Ein Profil namens „%1“ existiert bereits (Namen werden ohne Beachtung der Groß-/Kleinschreibung verglichen).</translation>
    </message>
</context>
<context>
    <name>ims::ProfileDialog</name>
    <message>
        <source>Profiles — imsdesk</source>
        <translation>Profile — imsdesk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Fill in the connection and press Test or Connect.</source>
        <translation>Füllen Sie die Verbindungsdaten aus und klicken Sie auf „Testen“ oder „Verbinden“.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>clouds.yaml: %1</source>
        <translation>clouds.yaml: %1</translation>
    </message>
    <message>
        <source>Choose a clouds.yaml file…</source>
        <translation>clouds.yaml-Datei auswählen…</translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation>clouds.yaml importieren</translation>
    </message>
    <message>
        <source>OpenStack clouds (*.yaml *.yml);;All files (*)</source>
        <translation>OpenStack-Clouds (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>ims::ProfileForm</name>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green (test)</source>
        <translation>Grün (Test)</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>e.g. OTC production</source>
        <translation>z. B. OTC Produktion</translation>
    </message>
    <message>
        <source>OpenStack (custom Keystone URL)</source>
        <translation>OpenStack (eigene Keystone-URL)</translation>
    </message>
    <message>
        <source>https://keystone.example.org:5000</source>
        <translation>https://keystone.example.org:5000</translation>
    </message>
    <message>
        <source>from the service catalog</source>
        <translation>aus dem Dienstkatalog</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access key / secret key (AK/SK)</source>
        <translation>Zugriffsschlüssel / geheimer Schlüssel (AK/SK)</translation>
    </message>
    <message>
        <source>account or domain name</source>
        <translation>Konto- oder Domänenname</translation>
    </message>
    <message>
        <source>e.g. eu-de or eu-de_myproject</source>
        <translation>z. B. eu-de oder eu-de_meinprojekt</translation>
    </message>
    <message>
        <source>wins over the name; needed for AK/SK</source>
        <translation>hat Vorrang vor dem Namen; nötig für AK/SK</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (passwords and tokens travel unencrypted)</source>
        <translation>Unverschlüsseltes &amp;HTTP erlauben (Passwörter ungeschützt)</translation>
    </message>
    <message>
        <source>Remember credentials in the system keychain</source>
        <translation>Zugangsdaten im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation>&amp;Identitäts-URL:</translation>
    </message>
    <message>
        <source>I&amp;mage endpoint:</source>
        <translation>Image-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Pro&amp;ject name:</source>
        <translation>Pro&amp;jektname:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-Zertifi&amp;kate:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>as in the catalog, e.g. RegionOne</source>
        <translation>wie im Katalog, z. B. RegionOne</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The identity URL</source>
        <translation>Die Identitäts-URL</translation>
    </message>
    <message>
        <source>The image endpoint</source>
        <translation>Der Image-Endpunkt</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>einen Namen</translation>
    </message>
    <message>
        <source>the identity URL</source>
        <translation>die Identitäts-URL</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>den Benutzer</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>a project name or ID</source>
        <translation>einen Projektnamen oder eine Projekt-ID</translation>
    </message>
    <message>
        <source>the access key</source>
        <translation>den Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>the secret key</source>
        <translation>den geheimen Schlüssel</translation>
    </message>
    <message>
        <source>the image endpoint (AK/SK has no service catalog)</source>
        <translation>den Image-Endpunkt (AK/SK hat keinen Dienstkatalog)</translation>
    </message>
    <message>
        <source>the project ID</source>
        <translation>die Projekt-ID</translation>
    </message>
    <message>
        <source>Please enter %1.</source>
        <translation>Bitte geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>Die Datei mit den CA-Zertifikaten auswählen</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Secret ke&amp;y:</source>
        <translation>Geheimer Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>Proj&amp;ect ID:</source>
        <translation>Proj&amp;ekt-ID:</translation>
    </message>
</context>
<context>
    <name>ims::ProfileSwitcher</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Switch to another profile or region, or manage profiles</source>
        <translation>Zu einem anderen Profil oder einer anderen Region wechseln oder Profile verwalten</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
</context>
<context>
    <name>ims::ProxySettings</name>
    <message>
        <source>A manual proxy needs a host name or address.</source>
        <translation>Ein manueller Proxy braucht einen Hostnamen oder eine Adresse.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name only, without &quot;http://&quot;.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein, ohne „http://“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>ims::QueuedImageForm</name>
    <message>
        <source>Queued image to register the file as</source>
        <translation>Wartendes Image, für das die Datei registriert wird</translation>
    </message>
    <message>
        <source>OBS object to register, as bucket:path</source>
        <translation>Zu registrierendes OBS-Objekt, als Bucket:Pfad</translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation>bucket:pfad/zum/image.qcow2</translation>
    </message>
    <message>
        <source>Queued i&amp;mage:</source>
        <translation>Wartendes &amp;Image:</translation>
    </message>
    <message>
        <source>Fil&amp;e in OBS:</source>
        <translation>&amp;Datei in OBS:</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>No image of the project is queued</source>
        <translation>Im Projekt wartet kein Image</translation>
    </message>
    <message>
        <source>Choose the queued image</source>
        <translation>Wählen Sie das wartende Image</translation>
    </message>
    <message>
        <source>Choose the queued image to register the file as.</source>
        <translation>Wählen Sie das wartende Image, für das die Datei registriert wird.</translation>
    </message>
</context>
<context>
    <name>ims::RegionBar</name>
    <message>
        <source>Regions:</source>
        <translation>Regionen:</translation>
    </message>
    <message>
        <source>Group copies</source>
        <translation>Kopien gruppieren</translation>
    </message>
    <message>
        <source>Sort each image&apos;s copies under it, whatever their region</source>
        <translation>Die Kopien jedes Images unter ihm einordnen, in welcher Region sie auch liegen</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Profil&amp;es</source>
        <translation>Profil&amp;e</translation>
    </message>
    <message>
        <source>Profiles in the inventory</source>
        <translation>Profile in der Übersicht</translation>
    </message>
    <message>
        <source>Choose which saved profiles join the All regions view</source>
        <translation>Wählen, welche gespeicherten Profile in der Ansicht „Alle Regionen“ erscheinen</translation>
    </message>
    <message>
        <source>The window&apos;s profile is always in the view</source>
        <translation>Das Profil des Fensters ist immer in der Ansicht</translation>
    </message>
</context>
<context>
    <name>ims::ReplicateDialog</name>
    <message>
        <source>Replicate %1</source>
        <translation>%1 replizieren</translation>
    </message>
    <message>
        <source>Replicate %1 images</source>
        <translation>%1 Images replizieren</translation>
    </message>
    <message>
        <source>%1 stands for each image&apos;s own name.</source>
        <translation>%1 steht für den Namen des jeweiligen Images.</translation>
    </message>
    <message>
        <source>optional: KMS key ID for an encrypted copy in this region</source>
        <translation>optional: KMS-Schlüssel-ID für eine verschlüsselte Kopie in dieser Region</translation>
    </message>
    <message>
        <source>Target region</source>
        <translation>Zielregion</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>IAM agency</source>
        <translation>IAM-Agentur</translation>
    </message>
    <message>
        <source>%1 (this region)</source>
        <translation>%1 (diese Region)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Replicate to (one job per image and target):</source>
        <translation>Replizieren nach (eine Aufgabe pro Image und Ziel):</translation>
    </message>
    <message>
        <source>&amp;Replicate</source>
        <translation>&amp;Replizieren</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>%1: enter the project and the IAM agency that lets IMS act there.</source>
        <translation>%1: Geben Sie das Projekt und die IAM-Agentur an, die IMS dort handeln lässt.</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>Zielregionen</translation>
    </message>
</context>
<context>
    <name>ims::ServerListModel</name>
    <message>
        <source>Stop the server before creating an image from it.</source>
        <translation>Stoppen Sie den Server, bevor Sie ein Image daraus erstellen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>Flavor</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ims::ServerSourceForm</name>
    <message>
        <source>Search servers</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>name, status, flavor, OS or ID</source>
        <translation>Name, Status, Flavor, Betriebssystem oder ID</translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation>Server des Projekts</translation>
    </message>
    <message>
        <source>S&amp;ystem disk</source>
        <translation>S&amp;ystemdatenträger</translation>
    </message>
    <message>
        <source>F&amp;ull-ECS image (all its disks)</source>
        <translation>&amp;Vollständiges ECS-Image (alle seine Datenträger)</translation>
    </message>
    <message>
        <source>Its da&amp;ta disks</source>
        <translation>Seine &amp;Datenträger (ohne Systemdatenträger)</translation>
    </message>
    <message>
        <source>Data disks of the server: check those to make images of, and name each image</source>
        <translation>Datenträger des Servers: Haken Sie die an, aus denen Images erstellt werden sollen, und benennen Sie jedes Image</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>Dis&amp;ks:</source>
        <translation>Date&amp;nträger:</translation>
    </message>
    <message>
        <source>Searc&amp;h servers:</source>
        <translation>Server &amp;suchen:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation>Wählen Sie den Server, aus dem ein Image erstellt werden soll.</translation>
    </message>
    <message>
        <source>%1 has no data disks.</source>
        <translation>%1 hat keine Datenträger außer dem Systemdatenträger.</translation>
    </message>
    <message>
        <source>Check the data disks to make images of.</source>
        <translation>Haken Sie die Datenträger an, aus denen Images erstellt werden sollen.</translation>
    </message>
    <message>
        <source>Image of %1: %2</source>
        <translation>Image von %1: %2</translation>
    </message>
</context>
<context>
    <name>ims::ServerUsage</name>
    <message>
        <source>1 server in %1</source>
        <translation>1 Server in %1</translation>
    </message>
    <message>
        <source>%1 servers in %2</source>
        <translation>%1 Server in %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 was created from it</source>
        <translation>%1 wurde daraus erstellt</translation>
    </message>
    <message>
        <source>%1 were created from it</source>
        <translation>%1 wurden daraus erstellt</translation>
    </message>
</context>
<context>
    <name>ims::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Notify when a long job ends</source>
        <translation>Benachrichtigen, wenn eine lange Aufgabe &amp;endet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Jobs that ran at least this long are announced when they end.</source>
        <translation>Aufgaben, die mindestens so lange liefen, werden bei ihrem Ende gemeldet.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Jobs running at lea&amp;st:</source>
        <translation>Aufgaben mit einer Laufzeit von minde&amp;stens:</translation>
    </message>
    <message>
        <source>Ask before &amp;deleting images</source>
        <translation>Vor dem Löschen von Images &amp;fragen</translation>
    </message>
    <message>
        <source>Without asking, images go at once when nothing else depends on them; shared, protected and full-ECS images still show what deleting them affects.</source>
        <translation>Ohne Rückfrage werden Images sofort gelöscht, wenn nichts anderes von ihnen abhängt; bei freigegebenen, geschützten und vollständigen ECS-Images wird weiterhin gezeigt, was das Löschen betrifft.</translation>
    </message>
    <message>
        <source>Ask before &amp;quitting while jobs started here run</source>
        <translation>Vor dem &amp;Beenden fragen, solange hier gestartete Aufgaben laufen</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Rückfragen</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Debugging (every request)</source>
        <translation>Fehlersuche (jede Anfrage)</translation>
    </message>
    <message>
        <source>Appearance and log</source>
        <translation>Darstellung und Protokoll</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Log le&amp;vel:</source>
        <translation>Protokollst&amp;ufe:</translation>
    </message>
    <message>
        <source>How often the list reads what changed in the cloud.</source>
        <translation>Wie oft die Liste liest, was sich in der Cloud geändert hat.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the whole list is read again (deleted images show there; F5 does it too).</source>
        <translation>Wie oft die ganze Liste neu gelesen wird (dabei zeigen sich gelöschte Images; F5 tut das auch).</translation>
    </message>
    <message>
        <source>Pages of a large listing read at once.</source>
        <translation>Seiten einer großen Liste, die gleichzeitig gelesen werden.</translation>
    </message>
    <message>
        <source>Read &amp;changes every:</source>
        <translation>&amp;Änderungen lesen alle:</translation>
    </message>
    <message>
        <source>Read &amp;everything every:</source>
        <translation>&amp;Komplett neu lesen alle:</translation>
    </message>
    <message>
        <source>&amp;Pages read at once:</source>
        <translation>Gleichzeitig gelesene &amp;Seiten:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund der Arbeitsumgebung aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language of the window, and how dates, sizes and numbers are written. Takes effect at the next start.</source>
        <translation>Die Sprache des Fensters und die Schreibweise von Datumsangaben, Größen und Zahlen. Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>W&amp;indow language (at the next start):</source>
        <translation>Sp&amp;rache des Fensters (ab dem nächsten Start):</translation>
    </message>
</context>
<context>
    <name>ims::ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Share %1 images</source>
        <translation>%1 Images freigeben</translation>
    </message>
    <message>
        <source>Project IDs to share with, one per line or separated by commas</source>
        <translation>Projekt-IDs für die Freigabe, eine pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation>&amp;Freigeben für:</translation>
    </message>
    <message>
        <source>Current members (untick to stop sharing):</source>
        <translation>Aktuelle Mitglieder (Haken entfernen, um die Freigabe zu beenden):</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Not shared with any project yet.</source>
        <translation>Noch für kein Projekt freigegeben.</translation>
    </message>
    <message>
        <source>You cannot share an image with your own project (IMG.0076).</source>
        <translation>Sie können ein Image nicht für Ihr eigenes Projekt freigeben (IMG.0076).</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Aktuelle Mitglieder</translation>
    </message>
</context>
<context>
    <name>ims::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ims::diskimage</name>
    <message>
        <source>%1 starts like a %2 image but its header is cut short (the file has %3 bytes).</source>
        <translation>%1 beginnt wie ein %2-Image, aber sein Dateikopf ist abgeschnitten (die Datei hat %3 Byte).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose an image file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Image-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose an image file.</source>
        <translation>%1 ist keine reguläre Datei; wählen Sie eine Image-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>ims::recipes</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>data disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>quick import</source>
        <translation>Schnellimport</translation>
    </message>
    <message>
        <source>%1 → %2 in %3</source>
        <translation>%1 → %2 in %3</translation>
    </message>
    <message>
        <source>server %1 → %2</source>
        <translation>Server %1 → %2</translation>
    </message>
    <message>
        <source>%n image(s)</source>
        <translation>%n Image(s)</translation>
    </message>
    <message>
        <source>%n project(s)</source>
        <translation>%n Projekt(e)</translation>
    </message>
    <message>
        <source>server %1 (whole) → %2</source>
        <translation>Server %1 (vollständig) → %2</translation>
    </message>
    <message>
        <source>backup %1 → %2</source>
        <translation>Backup %1 → %2</translation>
    </message>
    <message>
        <source>server %1 (data disks) → %2</source>
        <translation>Server %1 (Datenträger) → %2</translation>
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
        <translation>Ein ISO-Image dient dazu, ein Betriebssystem auf einem temporären Server zu installieren, aus dem Sie dann ein Systemdatenträger-Image erstellen; es kann weder exportiert noch repliziert werden, und IMS lehnt die meisten anderen Vorgänge damit ab (IMG.0167).</translation>
    </message>
    <message>
        <source>Min RAM cannot be negative (%1 MB).</source>
        <translation>Min. RAM kann nicht negativ sein (%1 MB).</translation>
    </message>
    <message>
        <source>Max RAM cannot be negative (%1 MB).</source>
        <translation>Max. RAM kann nicht negativ sein (%1 MB).</translation>
    </message>
    <message>
        <source>Min RAM %1 MB is more than max RAM %2 MB.</source>
        <translation>Min. RAM %1 MB ist größer als max. RAM %2 MB.</translation>
    </message>
    <message>
        <source>The image quota is full: %1 of %2 private images are in use. Delete images or ask for a larger quota (IMG.0015).</source>
        <translation>Das Image-Kontingent ist voll: %1 von %2 privaten Images sind belegt. Löschen Sie Images oder beantragen Sie ein größeres Kontingent (IMG.0015).</translation>
    </message>
    <message>
        <source>This makes %1 images, but only %2 of the quota of %3 private images are left (IMG.0015).</source>
        <translation>Dadurch entstehen %1 Images, aber vom Kontingent von %3 privaten Images sind nur noch %2 frei (IMG.0015).</translation>
    </message>
    <message>
        <source>The cloud does not list the OS version &quot;%1&quot;; pick one from its list (IMG.0056).</source>
        <translation>Die Cloud führt die Betriebssystemversion „%1“ nicht; wählen Sie eine aus ihrer Liste (IMG.0056).</translation>
    </message>
    <message>
        <source>Min disk %1 GB is outside the %2-%3 GB IMS allows for %4.</source>
        <translation>Min. Datenträger %1 GB liegt außerhalb der %2–%3 GB, die IMS für %4 erlaubt.</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>Wählen Sie die Datei zum Hochladen aus.</translation>
    </message>
    <message>
        <source>IMS makes data disk images only from a file in OBS: upload %1 to a bucket and import it from there as a data disk, or upload it here as a system disk image.</source>
        <translation>IMS erstellt Datenträger-Images nur aus einer Datei in OBS: Laden Sie %1 in einen Bucket hoch und importieren Sie sie von dort als Datenträger, oder laden Sie sie hier als Systemdatenträger-Image hoch.</translation>
    </message>
    <message>
        <source>Plain OpenStack has no data disk images; upload %1 as an image.</source>
        <translation>Reines OpenStack kennt keine Datenträger-Images; laden Sie %1 als Image hoch.</translation>
    </message>
    <message>
        <source>%1 is %2; IMS takes direct uploads below 128 GB. Upload it to an OBS bucket and import it from there.</source>
        <translation>%1 ist %2 groß; IMS nimmt direktes Hochladen nur unter 128 GB an. Laden Sie die Datei in einen OBS-Bucket hoch und importieren Sie sie von dort.</translation>
    </message>
    <message>
        <source>IMS&apos;s direct upload takes qcow2, VHD and raw files; %1 is %2. Upload it to an OBS bucket and import it from there (IMS imports %2 files from OBS).</source>
        <translation>Das direkte Hochladen von IMS nimmt qcow2-, VHD- und raw-Dateien an; %1 ist %2. Laden Sie die Datei in einen OBS-Bucket hoch und importieren Sie sie von dort (IMS importiert %2-Dateien aus OBS).</translation>
    </message>
    <message>
        <source>IMS makes ISO images only from a file in OBS: upload %1 to a bucket and import it from there as an ISO file.</source>
        <translation>IMS erstellt ISO-Images nur aus einer Datei in OBS: Laden Sie %1 in einen Bucket hoch und importieren Sie sie von dort als ISO-Datei.</translation>
    </message>
    <message>
        <source>The format of %1 is not known; the cloud takes qcow2, VMDK, VHD, VHDX, raw and ISO files.</source>
        <translation>Das Format von %1 ist unbekannt; die Cloud nimmt qcow2-, VMDK-, VHD-, VHDX-, raw- und ISO-Dateien an.</translation>
    </message>
    <message>
        <source>%1 is in %2 format, not %3 as chosen; choose %4.</source>
        <translation>%1 hat das Format %2, nicht %3 wie gewählt; wählen Sie %4.</translation>
    </message>
    <message>
        <source>%1 is not an ISO file (it is %2).</source>
        <translation>%1 ist keine ISO-Datei (sondern %2).</translation>
    </message>
    <message>
        <source>%1 is named as %2 but its contents are %3; it is uploaded as %3.</source>
        <translation>%1 ist als %2 benannt, der Inhalt ist aber %3; die Datei wird als %3 hochgeladen.</translation>
    </message>
    <message>
        <source>Min disk will be %1 GB, the size of the disk inside %2.</source>
        <translation>Min. Datenträger wird %1 GB, die Größe des Datenträgers in %2.</translation>
    </message>
    <message>
        <source>The disk inside %1 is %2 GB; IMS images take at most %3 GB.</source>
        <translation>Der Datenträger in %1 ist %2 GB groß; IMS-Images fassen höchstens %3 GB.</translation>
    </message>
    <message>
        <source>Min disk %1 GB is less than the %2 GB disk inside %3.</source>
        <translation>Min. Datenträger %1 GB ist kleiner als der %2-GB-Datenträger in %3.</translation>
    </message>
    <message>
        <source>a system disk image</source>
        <translation>ein Systemdatenträger-Image</translation>
    </message>
    <message>
        <source>Min disk cannot be negative (%1 GB).</source>
        <translation>Min. Datenträger kann nicht negativ sein (%1 GB).</translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 files; %1 is neither. Import it without quick import.</source>
        <translation>Der Schnellimport nimmt nur RAW- und ZVHD2-Dateien an; %1 ist keines von beiden. Importieren Sie die Datei ohne Schnellimport.</translation>
    </message>
    <message>
        <source>%1 looks like an ISO file; mark it as ISO to make an ISO image.</source>
        <translation>%1 sieht wie eine ISO-Datei aus; kennzeichnen Sie sie als ISO, um ein ISO-Image zu erstellen.</translation>
    </message>
    <message>
        <source>An ISO file cannot become a data disk image.</source>
        <translation>Aus einer ISO-Datei kann kein Datenträger-Image werden.</translation>
    </message>
    <message>
        <source>Quick import does not take ISO files.</source>
        <translation>Der Schnellimport nimmt keine ISO-Dateien an.</translation>
    </message>
    <message>
        <source>Enter the min disk: IMS cannot read the size of the disk inside a file in OBS before importing it.</source>
        <translation>Geben Sie den min. Datenträger ein: IMS kann die Größe des Datenträgers in einer OBS-Datei vor dem Import nicht lesen.</translation>
    </message>
    <message>
        <source>a data disk image</source>
        <translation>ein Datenträger-Image</translation>
    </message>
    <message>
        <source>An ISO file needs its OS version (IMG.0166).</source>
        <translation>Eine ISO-Datei braucht ihre Betriebssystemversion (IMG.0166).</translation>
    </message>
    <message>
        <source>Quick import of a system disk needs its OS version.</source>
        <translation>Der Schnellimport eines Systemdatenträgers braucht dessen Betriebssystemversion.</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>Wählen Sie den Server, aus dem das Image erstellt wird.</translation>
    </message>
    <message>
        <source>Choose at least one data disk.</source>
        <translation>Wählen Sie mindestens einen Datenträger.</translation>
    </message>
    <message>
        <source>The data disk image &quot;%1&quot; has no disk chosen.</source>
        <translation>Für das Datenträger-Image „%1“ ist kein Datenträger gewählt.</translation>
    </message>
    <message>
        <source>Data disk %1: %2</source>
        <translation>Datenträger %1: %2</translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup to make the image from.</source>
        <translation>Geben Sie die ID des CBR-Backups ein, aus dem das Image erstellt wird.</translation>
    </message>
    <message>
        <source>Choose the queued image to fill.</source>
        <translation>Wählen Sie das wartende Image, das gefüllt werden soll.</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported or replicated, and only one made from a CBR backup can be shared.</source>
        <translation>Ein vollständiges ECS-Image kann weder exportiert noch repliziert werden, und nur eines aus einem CBR-Backup kann freigegeben werden.</translation>
    </message>
    <message>
        <source>Plain OpenStack only takes files uploaded from this computer; OBS files, servers, backups and registering need IMS.</source>
        <translation>Reines OpenStack nimmt nur Dateien an, die von diesem Computer hochgeladen werden; OBS-Dateien, Server, Backups und Registrieren erfordern IMS.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 128 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens 128 sind erlaubt.</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>Der Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos;, &apos;.&apos; and &apos;_&apos; in the name.</source>
        <translation>Verwenden Sie im Namen nur Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;.&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most 1024 are allowed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; höchstens 1024 sind erlaubt.</translation>
    </message>
    <message>
        <source>The description must be a single line.</source>
        <translation>Die Beschreibung muss einzeilig sein.</translation>
    </message>
    <message>
        <source>The description cannot contain &apos;&lt;&apos; or &apos;&gt;&apos;.</source>
        <translation>Die Beschreibung darf kein &apos;&lt;&apos; oder &apos;&gt;&apos; enthalten.</translation>
    </message>
    <message>
        <source>A tag needs a key, as in env=prod.</source>
        <translation>Ein Tag braucht einen Schlüssel, wie in env=prod.</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is longer than 36 characters.</source>
        <translation>Der Tag-Schlüssel „%1“ ist länger als 36 Zeichen.</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; is longer than 43 characters.</source>
        <translation>Der Wert des Tags „%1“ ist länger als 43 Zeichen.</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;: use only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Tag „%1“: Verwenden Sie nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID (32 lower-case hexadecimal characters).</source>
        <translation>„%1“ ist keine Projekt-ID (32 kleingeschriebene Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Only active images can be replicated; this one is %1.</source>
        <translation>Nur aktive Images können repliziert werden; dieses hat den Status %1.</translation>
    </message>
    <message>
        <source>Full-ECS images cannot be replicated.</source>
        <translation>Vollständige ECS-Images können nicht repliziert werden.</translation>
    </message>
    <message>
        <source>ISO images cannot be replicated.</source>
        <translation>ISO-Images können nicht repliziert werden.</translation>
    </message>
    <message>
        <source>Accept the shared image before replicating it (IMG.0196).</source>
        <translation>Nehmen Sie das freigegebene Image an, bevor Sie es replizieren (IMG.0196).</translation>
    </message>
    <message>
        <source>Shared images encrypted with KMS cannot be replicated (IMG.0197).</source>
        <translation>Mit KMS verschlüsselte freigegebene Images können nicht repliziert werden (IMG.0197).</translation>
    </message>
    <message>
        <source>Encrypted images cannot be replicated to another region.</source>
        <translation>Verschlüsselte Images können nicht in eine andere Region repliziert werden.</translation>
    </message>
    <message>
        <source>Images over 128 GB cannot be replicated to another region (this one is %1).</source>
        <translation>Images über 128 GB können nicht in eine andere Region repliziert werden (dieses hat %1).</translation>
    </message>
    <message>
        <source>Public images cannot be deleted (IMG.0094).</source>
        <translation>Öffentliche Images können nicht gelöscht werden (IMG.0094).</translation>
    </message>
    <message>
        <source>This image belongs to another project; reject the share instead.</source>
        <translation>Dieses Image gehört einem anderen Projekt; lehnen Sie stattdessen die Freigabe ab.</translation>
    </message>
    <message>
        <source>Images being created cannot be deleted (IMG.0090).</source>
        <translation>Images, die gerade erstellt werden, können nicht gelöscht werden (IMG.0090).</translation>
    </message>
    <message>
        <source>Protected images cannot be deleted, and IMS does not let users unprotect them (IMG.0028).</source>
        <translation>Geschützte Images können nicht gelöscht werden, und IMS erlaubt Benutzern nicht, ihren Schutz aufzuheben (IMG.0028).</translation>
    </message>
    <message>
        <source>Shared with 1 project, which loses access.</source>
        <translation>Für 1 Projekt freigegeben, das den Zugriff verliert.</translation>
    </message>
    <message>
        <source>Shared with %1 projects, which lose access.</source>
        <translation>Für %1 Projekte freigegeben, die den Zugriff verlieren.</translation>
    </message>
    <message>
        <source>Only the owner of an image can change it.</source>
        <translation>Nur der Eigentümer eines Images kann es ändern.</translation>
    </message>
    <message>
        <source>OpenStack images have no maximum RAM.</source>
        <translation>OpenStack-Images haben keinen maximalen RAM.</translation>
    </message>
    <message>
        <source>IMS does not let data disk images be changed (IMG.0168).</source>
        <translation>IMS erlaubt keine Änderung von Datenträger-Images (IMG.0168).</translation>
    </message>
    <message>
        <source>IMS changes only active images; this one is %1.</source>
        <translation>IMS ändert nur aktive Images; dieses hat den Status %1.</translation>
    </message>
    <message>
        <source>IMS does not let users change the minimum disk of an image.</source>
        <translation>IMS erlaubt Benutzern nicht, den minimalen Datenträger eines Images zu ändern.</translation>
    </message>
    <message>
        <source>IMS does not let users change the protection of an image.</source>
        <translation>IMS erlaubt Benutzern nicht, den Schutz eines Images zu ändern.</translation>
    </message>
    <message>
        <source>Public images cannot be shared (IMG.0089).</source>
        <translation>Öffentliche Images können nicht freigegeben werden (IMG.0089).</translation>
    </message>
    <message>
        <source>Only the owner of an image can share it.</source>
        <translation>Nur der Eigentümer eines Images kann es freigeben.</translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation>Nur aktive Images können freigegeben werden; dieses hat den Status %1.</translation>
    </message>
    <message>
        <source>Enter the OBS file as bucket:file, for example my-bucket:images/web.qcow2.</source>
        <translation>Geben Sie die OBS-Datei als Bucket:Datei ein, zum Beispiel my-bucket:images/web.qcow2.</translation>
    </message>
    <message>
        <source>Only active images can be exported; this one is %1.</source>
        <translation>Nur aktive Images können exportiert werden; dieses hat den Status %1.</translation>
    </message>
    <message>
        <source>Full-ECS images cannot be exported.</source>
        <translation>Vollständige ECS-Images können nicht exportiert werden.</translation>
    </message>
    <message>
        <source>ISO images cannot be exported.</source>
        <translation>ISO-Images können nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Only your own private images can be exported.</source>
        <translation>Nur Ihre eigenen privaten Images können exportiert werden.</translation>
    </message>
    <message>
        <source>Images of 1 TB or more cannot be exported.</source>
        <translation>Images ab 1 TB können nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Images over 128 GB can only be exported with quick export (IMG.0160).</source>
        <translation>Images über 128 GB können nur per Schnellexport exportiert werden (IMG.0160).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The OS_* environment does not describe a cloud: %1</source>
        <translation>Die OS_*-Umgebungsvariablen beschreiben keine Cloud: %1</translation>
    </message>
    <message>
        <source>imsdesk is already running: %1</source>
        <translation>imsdesk läuft bereits: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
</TS>
