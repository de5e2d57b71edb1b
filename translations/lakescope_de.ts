<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BranchProtection</name>
    <message>
        <source>Protected by the rule %1: lakeFS takes only merges and reverts into this branch; uploads, object deletes, commits and discarding changes are refused.</source>
        <translation>Geschützt durch die Regel %1: lakeFS nimmt in diesem Branch nur Merges und Reverts an; Hochladen, Löschen von Objekten, Commits und das Verwerfen von Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Protected by the rules %1: lakeFS takes only merges and reverts into this branch; uploads, object deletes, commits and discarding changes are refused.</source>
        <translation>Geschützt durch die Regeln %1: lakeFS nimmt in diesem Branch nur Merges und Reverts an; Hochladen, Löschen von Objekten, Commits und das Verwerfen von Änderungen werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>CompareSides</name>
    <message>
        <source>Cannot compare: this connection gives no access to the objects.</source>
        <translation>Vergleich nicht möglich: Diese Verbindung gewährt keinen Zugriff auf die Objekte.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>The object is neither in %1 nor in %2.</source>
        <translation>Das Objekt ist weder in %1 noch in %2 vorhanden.</translation>
    </message>
    <message>
        <source>There is no line comparison for this kind of file.</source>
        <translation>Für diese Art von Datei gibt es keinen zeilenweisen Vergleich.</translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation>Das Bild ist zu groß für die Anzeige.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The object is not text.</source>
        <translation>Das Objekt ist kein Text.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ConnectionImporter</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation>AWS-Profil %1</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation>AWS-Profil „%1“</translation>
    </message>
    <message>
        <source>AWS (environment)</source>
        <translation>AWS (Umgebung)</translation>
    </message>
    <message>
        <source>S3 on %1 (environment)</source>
        <translation>S3 auf %1 (Umgebung)</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>lakeFS</source>
        <translation>lakeFS</translation>
    </message>
    <message>
        <source>lakeFS on %1</source>
        <translation>lakeFS auf %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>the endpoint of AWS profile &quot;%1&quot;</source>
        <translation>der Endpunkt des AWS-Profils „%1“</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>%1 rejected the credentials. %2</source>
        <translation>%1 hat die Zugangsdaten abgelehnt. %2</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connected: 1 bucket</source>
        <translation>Verbunden: 1 Bucket</translation>
    </message>
    <message>
        <source>Connected: %1 buckets</source>
        <translation>Verbunden: %1 Buckets</translation>
    </message>
    <message>
        <source>Connected: more than %1 repositories</source>
        <translation>Verbunden: mehr als %1 Repositorys</translation>
    </message>
    <message>
        <source>Connected: 1 repository</source>
        <translation>Verbunden: 1 Repository</translation>
    </message>
    <message>
        <source>Connected: %1 repositories</source>
        <translation>Verbunden: %1 Repositorys</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not readable: permission denied.</source>
        <translation>Der Ordner %1 ist nicht lesbar: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Connected: the folder holds 1 item</source>
        <translation>Verbunden: Der Ordner enthält 1 Eintrag</translation>
    </message>
    <message>
        <source>Connected: the folder holds %1 items</source>
        <translation>Verbunden: Der Ordner enthält %1 Einträge</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The CA certificates file must be an absolute path.</source>
        <translation>Die Datei mit den CA-Zertifikaten muss als absoluter Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>Amazon S3 or S3-compatible</source>
        <translation>Amazon S3 oder S3-kompatibel</translation>
    </message>
    <message>
        <source>lakeFS</source>
        <translation>lakeFS</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>Enter the endpoint, e.g. http://localhost:8000.</source>
        <translation>Geben Sie den Endpunkt ein, z. B. http://localhost:8000.</translation>
    </message>
    <message>
        <source>The endpoint needs http:// or https:// in front, e.g. https://%1.</source>
        <translation>Vor dem Endpunkt muss http:// oder https:// stehen, z. B. https://%1.</translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL: %1.</source>
        <translation>Der Endpunkt ist keine gültige URL: %1.</translation>
    </message>
    <message>
        <source>The endpoint must start with http:// or https://, not %1://.</source>
        <translation>Der Endpunkt muss mit http:// oder https:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>The endpoint has no host name.</source>
        <translation>Der Endpunkt hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The endpoint must not have a query or fragment.</source>
        <translation>Der Endpunkt darf weder eine Abfrage noch ein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The region may hold only lower-case letters, digits and &apos;-&apos;, e.g. eu-west-1.</source>
        <translation>Die Region darf nur Kleinbuchstaben, Ziffern und „-“ enthalten, z. B. eu-west-1.</translation>
    </message>
    <message>
        <source>Use either an AWS profile or an access key, not both.</source>
        <translation>Verwenden Sie entweder ein AWS-Profil oder einen Zugriffsschlüssel, nicht beides.</translation>
    </message>
    <message>
        <source>The access key id has spaces at its start or end.</source>
        <translation>Die Zugriffsschlüssel-ID beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>Enter the lakeFS access key id.</source>
        <translation>Geben Sie die lakeFS-Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The folder must be an absolute path, e.g. /data.</source>
        <translation>Der Ordner muss ein absoluter Pfad sein, z. B. /data.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation>%1 EiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>FolderListing</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>Parquet table</source>
        <translation>Parquet-Tabelle</translation>
    </message>
    <message>
        <source>Avro data</source>
        <translation>Avro-Daten</translation>
    </message>
    <message>
        <source>ORC table</source>
        <translation>ORC-Tabelle</translation>
    </message>
    <message>
        <source>Arrow IPC data</source>
        <translation>Arrow-IPC-Daten</translation>
    </message>
    <message>
        <source>Feather table</source>
        <translation>Feather-Tabelle</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>JSON-Zeilen</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
</context>
<context>
    <name>LevelListing</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>LocationLevels</name>
    <message>
        <source>Objects go into a bucket or a repository branch, not the account level.</source>
        <translation>Objekte gehören in einen Bucket oder einen Branch eines Repositorys, nicht auf die Kontoebene.</translation>
    </message>
    <message>
        <source>Open a branch of %1 to add objects.</source>
        <translation>Öffnen Sie einen Branch von %1, um Objekte hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is a tag or a commit, which are read-only: open a branch to add objects.</source>
        <translation>%1 ist ein Tag oder ein Commit und damit schreibgeschützt: Öffnen Sie einen Branch, um Objekte hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>MergeErrors</name>
    <message>
        <source>%1 has uncommitted changes. Commit or discard them before merging.</source>
        <translation>%1 hat nicht committete Änderungen. Committen oder verwerfen Sie sie vor dem Mergen.</translation>
    </message>
    <message>
        <source>Repository %1 is read-only; merges are refused.</source>
        <translation>Das Repository %1 ist schreibgeschützt; Merges werden abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 already has every change of %2.</source>
        <translation>Nichts zu mergen: %1 enthält bereits alle Änderungen von %2.</translation>
    </message>
    <message>
        <source>%1 is not a branch (it is a tag or a commit, which never change). A merge lands on a branch: choose one as the destination.</source>
        <translation>%1 ist kein Branch (sondern ein Tag oder ein Commit, die sich nie ändern). Ein Merge landet auf einem Branch: Wählen Sie einen Branch als Ziel.</translation>
    </message>
    <message>
        <source>%1 (lakeFS: %2)</source>
        <translation>%1 (lakeFS: %2)</translation>
    </message>
    <message>
        <source>Branch %1 is protected: lakeFS refuses this merge on it. Ask an administrator about the protection rule.</source>
        <translation>Der Branch %1 ist geschützt: lakeFS lehnt diesen Merge darauf ab. Wenden Sie sich wegen der Schutzregel an einen Administrator.</translation>
    </message>
    <message>
        <source>Branch %1 or ref %2 no longer exists.</source>
        <translation>Der Branch %1 oder die Ref %2 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The merge conflicts with changes made on %1 meanwhile. Refresh the review and try again.</source>
        <translation>Der Merge steht im Konflikt mit Änderungen, die zwischenzeitlich an %1 vorgenommen wurden. Aktualisieren Sie die Überprüfung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The merge failed: %1</source>
        <translation>Der Merge ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The merge stopped on conflicts. Nothing was changed. Choose a strategy that settles them (keep %1&apos;s version or take the source&apos;s) and merge again.</source>
        <translation>Der Merge wurde wegen Konflikten angehalten. Es wurde nichts geändert. Wählen Sie eine Strategie, die sie auflöst (die Version von %1 behalten oder die der Quelle übernehmen), und mergen Sie erneut.</translation>
    </message>
    <message>
        <source>1 path changed on both sides</source>
        <translation>1 Pfad auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>%1 paths changed on both sides</source>
        <translation>%1 Pfade auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>The merge stopped: %1: %2. Nothing was changed. Choose a strategy that settles them (keep %3&apos;s version or take the source&apos;s) and merge again.</source>
        <translation>Der Merge wurde angehalten: %1: %2. Es wurde nichts geändert. Wählen Sie eine Strategie, die sie auflöst (die Version von %3 behalten oder die der Quelle übernehmen), und mergen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>MergePreflight</name>
    <message>
        <source>%1 or %2 was not found in repository %3: it may have been deleted meanwhile.</source>
        <translation>%1 oder %2 wurde im Repository %3 nicht gefunden: Möglicherweise wurde es zwischenzeitlich gelöscht.</translation>
    </message>
    <message>
        <source>Could not check the merge: %1</source>
        <translation>Der Merge konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>PreviewBuilder</name>
    <message>
        <source>First %1 of %2</source>
        <translation>Erste %1 von %2</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation>Dieses Bild ist zu groß für eine Vorschau.</translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3</source>
        <translation>%1-Bild, %2 × %3</translation>
    </message>
    <message>
        <source>There is no preview for binary files.</source>
        <translation>Für Binärdateien gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>Text (%1)</source>
        <translation>Text (%1)</translation>
    </message>
    <message>
        <source>Tab-separated table</source>
        <translation>Tabulatorgetrennte Tabelle</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s)</source>
        <translation>
            <numerusform>Erste %n Zeile</numerusform>
            <numerusform>Erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); shown as text.</source>
        <translation>Kein gültiges JSON (%1); wird als Text angezeigt.</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message numerus="yes">
        <source>First %n line(s)</source>
        <translation>
            <numerusform>Erste %n Zeile</numerusform>
            <numerusform>Erste %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown (%1)</source>
        <translation>Markdown (%1)</translation>
    </message>
</context>
<context>
    <name>RefComparison</name>
    <message>
        <source>No such ref: “%1” is not a branch, tag or commit of %2 (%3).</source>
        <translation>Ref nicht gefunden: „%1“ ist kein Branch, Tag oder Commit von %2 (%3).</translation>
    </message>
    <message>
        <source>%1 and %2 share no history, so a merge would have no base. Check Two-dot to see every difference between them.</source>
        <translation>%1 und %2 haben keine gemeinsame Historie, daher hätte ein Merge keine Basis. Aktivieren Sie „Zwei-Punkt“, um alle Unterschiede zwischen ihnen zu sehen.</translation>
    </message>
    <message>
        <source>Could not compare %1 with %2: %3</source>
        <translation>%1 konnte nicht mit %2 verglichen werden: %3</translation>
    </message>
</context>
<context>
    <name>RefErrors</name>
    <message>
        <source>%1 (lakeFS: %2)</source>
        <translation>%1 (lakeFS: %2)</translation>
    </message>
    <message>
        <source>Branch “%1” has uncommitted changes. Commit or reset them, then revert again.</source>
        <translation>Der Branch „%1“ hat nicht committete Änderungen. Committen Sie sie oder setzen Sie sie zurück und führen Sie den Revert dann erneut aus.</translation>
    </message>
    <message>
        <source>Branch “%1” is protected: lakeFS does not allow commits on it, reverts included. Revert on another branch and merge it instead.</source>
        <translation>Der Branch „%1“ ist geschützt: lakeFS erlaubt darauf keine Commits, auch keine Reverts. Führen Sie den Revert auf einem anderen Branch aus und mergen Sie diesen stattdessen.</translation>
    </message>
    <message>
        <source>Reverting %1 changes nothing on “%2”: its changes are already gone there.</source>
        <translation>Der Revert von %1 ändert nichts an „%2“: Seine Änderungen sind dort bereits entfernt.</translation>
    </message>
    <message>
        <source>Commit %1 cannot be reverted on “%2” automatically: later changes on the branch touch the same objects.</source>
        <translation>Der Commit %1 kann auf „%2“ nicht automatisch rückgängig gemacht werden: Spätere Änderungen auf dem Branch betreffen dieselben Objekte.</translation>
    </message>
    <message>
        <source>Branch “%1” or commit %2 no longer exists.</source>
        <translation>Der Branch „%1“ oder der Commit %2 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A branch or tag named “%1” already exists. Choose another name.</source>
        <translation>Ein Branch oder Tag namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The source of the new %1 was not found: check the branch, tag or commit.</source>
        <translation>Die Quelle für den neuen %1 wurde nicht gefunden: Prüfen Sie den Branch, den Tag oder den Commit.</translation>
    </message>
    <message>
        <source>“%1” is not accepted as a %2 name or source.</source>
        <translation>„%1“ ist als Name oder Quelle für einen %2 nicht zulässig.</translation>
    </message>
    <message>
        <source>“%1” is the repository&apos;s default branch and cannot be deleted.</source>
        <translation>„%1“ ist der Standard-Branch des Repositorys und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Branch “%1” is protected. Remove its protection rule first.</source>
        <translation>Der Branch „%1“ ist geschützt. Entfernen Sie zuerst seine Schutzregel.</translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation>Der %1 „%2“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>transferred bytes, e.g. &quot;1.2 GB of 4 GB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 so far</source>
        <translation>Bisher %1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>transfer rate, e.g. &quot;12.5 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Wird geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Finalising</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>UiErrors</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <source>The object changed meanwhile</source>
        <translation>Das Objekt wurde zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Invalid location</source>
        <translation>Ungültiger Ort</translation>
    </message>
    <message>
        <source>Not supported by this store</source>
        <translation>Von diesem Speicher nicht unterstützt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>Your account may not read this location.</source>
        <translation>Ihr Konto darf diesen Ort nicht lesen.</translation>
    </message>
    <message>
        <source>Check the credentials of this connection.</source>
        <translation>Prüfen Sie die Zugangsdaten dieser Verbindung.</translation>
    </message>
    <message>
        <source>The service did not answer in time; try again.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>UrlMime</name>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation>%1 kann nicht in sich selbst abgelegt werden.</translation>
    </message>
    <message>
        <source>Already in this folder.</source>
        <translation>Befindet sich bereits in diesem Ordner.</translation>
    </message>
</context>
<context>
    <name>WritePolicy</name>
    <message>
        <source>%1 lists buckets and repositories; open one of them to change its contents.</source>
        <translation>%1 listet Buckets und Repositorys auf; öffnen Sie eines davon, um seinen Inhalt zu ändern.</translation>
    </message>
    <message>
        <source>Choose a branch of %1 to change its contents.</source>
        <translation>Wählen Sie einen Branch von %1, um seinen Inhalt zu ändern.</translation>
    </message>
    <message>
        <source>%1 is a commit, which cannot change; switch to a branch to make changes.</source>
        <translation>%1 ist ein Commit und kann sich nicht ändern; wechseln Sie zu einem Branch, um Änderungen vorzunehmen.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::AddressBar</name>
    <message>
        <source>Location: s3://bucket/path, /home/me, memory://scratch/</source>
        <translation>Ort: s3://bucket/pfad, /home/ich, memory://scratch/</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::BreadcrumbBar</name>
    <message>
        <source>Location path</source>
        <translation>Ortspfad</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::BrowserPanel</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="vanished">Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Up to the parent folder (Alt+Up)</source>
        <translation>Zum übergeordneten Ordner (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Stop listing (Esc)</source>
        <translation>Auflisten stoppen (Esc)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Could not open this location</source>
        <translation>Dieser Ort konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading… %1 loaded</source>
        <translation type="vanished">Wird geladen … %1 geladen</translation>
    </message>
    <message>
        <source>Could not list this folder</source>
        <translation>Dieser Ordner konnte nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 shown</source>
        <translation>
            <numerusform>%Ln von %1 angezeigt</numerusform>
            <numerusform>%Ln von %1 angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln Ordner</numerusform>
            <numerusform>%Ln Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 — listing stopped</source>
        <translation>%1 – Auflisten gestoppt</translation>
    </message>
    <message>
        <source>%1 — listing failed</source>
        <translation>%1 – Auflisten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This location could not be listed.</source>
        <translation>Dieser Ort konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>Auflisten gestoppt.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <source>No items match “%1”.</source>
        <translation>Keine Einträge passen zu „%1“.</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F; * and ? match any; Enter searches the server)</source>
        <translation>Filtern (Strg+F; * und ? stehen für beliebige Zeichen; die Eingabetaste durchsucht den Server)</translation>
    </message>
    <message>
        <source>Filters the loaded rows by name. Enter lists only the names starting with the text from the server, for folders too big to load.</source>
        <translation>Filtert die geladenen Zeilen nach Namen. Die Eingabetaste listet vom Server nur die Namen auf, die mit dem Text beginnen – für Ordner, die zu groß zum Laden sind.</translation>
    </message>
    <message>
        <source>Search from Server</source>
        <translation>Auf dem Server suchen</translation>
    </message>
    <message>
        <source>List only the names starting with the filter text, from the store</source>
        <translation>Nur die Namen, die mit dem Filtertext beginnen, aus dem Speicher auflisten</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>Es ist nichts geöffnet.</translation>
    </message>
    <message>
        <source>%1 is a tag, which is read-only: drop onto a branch.</source>
        <translation>%1 ist ein Tag und damit schreibgeschützt: Legen Sie die Elemente auf einem Branch ab.</translation>
    </message>
    <message>
        <source>%1 loaded, loading more…</source>
        <translation>%1 geladen, weitere werden geladen …</translation>
    </message>
    <message>
        <source>%1 — names starting with “%2”, from the server</source>
        <translation>%1 – Namen, die mit „%2“ beginnen, vom Server</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ChangesPanel</name>
    <message>
        <source>Uncommitted changes</source>
        <translation>Nicht committete Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Show %1 objects</source>
        <translation>Objekte anzeigen: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>Auswahl &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop the uncommitted changes of the selected objects and folders (Del)</source>
        <translation>Nicht committete Änderungen der ausgewählten Objekte und Ordner verwerfen (Entf)</translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation>&amp;Alle verwerfen</translation>
    </message>
    <message>
        <source>Drop every uncommitted change of the branch</source>
        <translation>Alle nicht committeten Änderungen des Branch verwerfen</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Committen …</translation>
    </message>
    <message>
        <source>Commit the uncommitted changes (Ctrl+Enter)</source>
        <translation>Nicht committete Änderungen committen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Changed objects</source>
        <translation>Geänderte Objekte</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop loading the changes</source>
        <translation>Laden der Änderungen stoppen</translation>
    </message>
    <message>
        <source>No uncommitted changes on %1</source>
        <translation>Keine nicht committeten Änderungen auf %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the uncommitted changes of these on branch %1?

%2</source>
        <translation>Die nicht committeten Änderungen dieser Elemente auf dem Branch %1 verwerfen?

%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Discard all %1 uncommitted changes on branch %2 (%3)?</source>
        <translation>Alle %1 nicht committeten Änderungen auf dem Branch %2 (%3) verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Added objects are deleted; changed and removed objects return to their last committed version. This cannot be undone.</source>
        <translation>Hinzugefügte Objekte werden gelöscht; geänderte und entfernte Objekte kehren zu ihrer zuletzt committeten Version zurück. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Wird verworfen …</translation>
    </message>
    <message>
        <source>Could not discard the changes: %1</source>
        <translation>Die Änderungen konnten nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Discarded every uncommitted change.</source>
        <translation>Alle nicht committeten Änderungen wurden verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded the changes of %n item(s).</source>
        <translation>
            <numerusform>Die Änderungen von %n Element wurden verworfen.</numerusform>
            <numerusform>Die Änderungen von %n Elementen wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation>%1 committet.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitDetailsView</name>
    <message>
        <source>Commit ID</source>
        <translation>Commit-ID</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Committer</source>
        <translation>Committer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation>Commit-Metadaten</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>Parents:</source>
        <translation>Eltern:</translation>
    </message>
    <message>
        <source>Committer:</source>
        <translation>Committer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation>Merge von %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitDialog</name>
    <message>
        <source>Commit to %1</source>
        <translation>Nach %1 committen</translation>
    </message>
    <message>
        <source>Commit %1 added, %2 removed and %3 changed objects on branch %4 of %5.</source>
        <translation>%1 hinzugefügte, %2 entfernte und %3 geänderte Objekte auf dem Branch %4 von %5 committen.</translation>
    </message>
    <message>
        <source>Commit the uncommitted changes of branch %1 of %2.</source>
        <translation>Die nicht committeten Änderungen des Branch %1 von %2 committen.</translation>
    </message>
    <message>
        <source>What these changes do</source>
        <translation>Was diese Änderungen bewirken</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation>Commit-Metadaten</translation>
    </message>
    <message>
        <source>New commit id</source>
        <translation>Neue Commit-ID</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the full commit id</source>
        <translation>Die vollständige Commit-ID kopieren</translation>
    </message>
    <message>
        <source>C&amp;ommit</source>
        <translation>&amp;Committen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>Enter a commit message.</source>
        <translation>Geben Sie eine Commit-Nachricht ein.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Committing to %1…</source>
        <translation>Wird nach %1 committet …</translation>
    </message>
    <message>
        <source>Committed %1 to %2.</source>
        <translation>%1 wurde nach %2 committet.</translation>
    </message>
    <message>
        <source>Nothing to commit: branch %1 has no uncommitted changes (someone may have committed or discarded them meanwhile). Refresh the changes to see the branch as it is.</source>
        <translation>Nichts zu committen: Der Branch %1 hat keine nicht committeten Änderungen (möglicherweise hat sie zwischenzeitlich jemand committet oder verworfen). Aktualisieren Sie die Änderungen, um den aktuellen Stand des Branch zu sehen.</translation>
    </message>
    <message>
        <source>Branch %1 is protected: lakeFS accepts no direct commits on it. Create a branch from it, commit there and merge it into %1.</source>
        <translation>Der Branch %1 ist geschützt: lakeFS nimmt darauf keine direkten Commits an. Erstellen Sie daraus einen Branch, committen Sie dort und mergen Sie ihn in %1.</translation>
    </message>
    <message>
        <source>The commit failed: %1</source>
        <translation>Der Commit ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitLogModel</name>
    <message>
        <source>Merge: %1</source>
        <translation>Merge: %1</translation>
    </message>
    <message>
        <source>Merge commit: %1</source>
        <translation>Merge-Commit: %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Committer</source>
        <translation>Committer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitPickerDialog</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Browse a Commit of %1</source>
        <translation>Commit von %1 durchsuchen</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <source>Log of ref</source>
        <translation>Log der Ref</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Committer</source>
        <translation>Committer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Load more commits</source>
        <translation>Weitere Commits laden</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln commit(s) so far</source>
        <translation>
            <numerusform>Wird geladen … bisher %Ln Commit</numerusform>
            <numerusform>Wird geladen … bisher %Ln Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s)</source>
        <translation>
            <numerusform>%Ln Commit</numerusform>
            <numerusform>%Ln Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>, more available</source>
        <translation>, weitere verfügbar</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitReverter</name>
    <message>
        <source>Revert Commit</source>
        <translation>Commit rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the changes of %1 with a new commit on branch:</source>
        <translation>Die Änderungen von %1 mit einem neuen Commit rückgängig machen auf dem Branch:</translation>
    </message>
    <message>
        <source>Reverting %1 on %2…</source>
        <translation>Revert von %1 auf %2 …</translation>
    </message>
    <message>
        <source>Reverted %1 on %2.</source>
        <translation>Revert von %1 auf %2 ausgeführt.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CompareView</name>
    <message>
        <source>Base ref</source>
        <translation>Basis-Ref</translation>
    </message>
    <message>
        <source>Swap base and compare</source>
        <translation>Basis und Vergleich tauschen</translation>
    </message>
    <message>
        <source>Compare ref</source>
        <translation>Vergleichs-Ref</translation>
    </message>
    <message>
        <source>T&amp;wo-dot</source>
        <translation>&amp;Zwei-Punkt</translation>
    </message>
    <message>
        <source>Two-dot comparison</source>
        <translation>Zwei-Punkt-Vergleich</translation>
    </message>
    <message>
        <source>Unchecked (three-dot): what the compare ref changed since it split from base, which is what a merge would bring.
Checked (two-dot): every difference between the two refs as they are now, including what changed on base.</source>
        <translation>Nicht aktiviert (Drei-Punkt): was die Vergleichs-Ref seit der Abzweigung von der Basis geändert hat, also das, was ein Merge bringen würde.
Aktiviert (Zwei-Punkt): jeder Unterschied zwischen den beiden Refs in ihrem jetzigen Zustand, einschließlich der Änderungen auf der Basis.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Show %1 objects</source>
        <translation>Objekte anzeigen: %1</translation>
    </message>
    <message>
        <source>Show objects both refs changed since they split (a merge would conflict)</source>
        <translation>Objekte anzeigen, die beide Refs seit ihrer Abzweigung geändert haben (ein Merge würde zu Konflikten führen)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Compare the refs again (F5)</source>
        <translation>Die Refs erneut vergleichen (F5)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Mergen …</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Compare refs</source>
        <translation>Refs vergleichen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Both versions of the selected object</source>
        <translation>Beide Versionen des ausgewählten Objekts</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop loading the differences</source>
        <translation>Laden der Unterschiede stoppen</translation>
    </message>
    <message>
        <source>Nothing to compare: %1 and %2 hold the same objects.</source>
        <translation>Nichts zu vergleichen: %1 und %2 enthalten dieselben Objekte.</translation>
    </message>
    <message>
        <source>Nothing to compare: %2 changed nothing since it split from %1.</source>
        <translation>Nichts zu vergleichen: %2 hat seit der Abzweigung von %1 nichts geändert.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen …</translation>
    </message>
    <message>
        <source>Pick a base and a compare ref, then press Enter.</source>
        <translation>Wählen Sie eine Basis- und eine Vergleichs-Ref und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>%1 changes: %2</source>
        <translation>%1 Änderungen: %2</translation>
    </message>
    <message>
        <source>(loading more…)</source>
        <translation>(weitere werden geladen …)</translation>
    </message>
    <message>
        <source>(loading was stopped)</source>
        <translation>(Laden wurde gestoppt)</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 angezeigt)</translation>
    </message>
    <message>
        <source>Compare two refs first.</source>
        <translation>Vergleichen Sie zuerst zwei Refs.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Only a branch can receive a merge; %1 is not a branch.</source>
        <translation>Nur ein Branch kann einen Merge aufnehmen; %1 ist kein Branch.</translation>
    </message>
    <message>
        <source>Base and compare are the same.</source>
        <translation>Basis und Vergleich sind identisch.</translation>
    </message>
    <message>
        <source>Nothing to merge: the comparison is empty.</source>
        <translation>Nichts zu mergen: Der Vergleich ist leer.</translation>
    </message>
    <message>
        <source>Wait for the differences to load.</source>
        <translation>Warten Sie, bis die Unterschiede geladen sind.</translation>
    </message>
    <message>
        <source>Review and merge %1 into %2 (Ctrl+M)</source>
        <translation>%1 prüfen und in %2 mergen (Strg+M)</translation>
    </message>
    <message>
        <source>merge base %1</source>
        <translation>Merge-Basis %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConflictPolicyDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>If a file already exists</source>
        <translation>Wenn eine Datei bereits existiert</translation>
    </message>
    <message>
        <source>%1: if a file already exists:</source>
        <translation>%1: Wenn eine Datei bereits existiert:</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Übe&amp;rschreiben</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Die vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Die vorhandene Datei behalten</translation>
    </message>
    <message>
        <source>Skip &amp;identical</source>
        <translation>&amp;Identische überspringen</translation>
    </message>
    <message>
        <source>Keep the existing file when size and checksum match, replace it otherwise</source>
        <translation>Die vorhandene Datei behalten, wenn Größe und Prüfsumme übereinstimmen, andernfalls ersetzen</translation>
    </message>
    <message>
        <source>&amp;Newer only</source>
        <translation>Nur &amp;neuere</translation>
    </message>
    <message>
        <source>Replace the existing file only with a newer one</source>
        <translation>Die vorhandene Datei nur durch eine neuere ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both (rename)</source>
        <translation>&amp;Beide behalten (umbenennen)</translation>
    </message>
    <message>
        <source>Write the new file as &quot;name (1).ext&quot; beside it</source>
        <translation>Die neue Datei als „Name (1).ext“ daneben speichern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production data</source>
        <translation>z. B. Produktionsdaten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation>us-east-1</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Addressing style</source>
        <translation>Adressierungsstil</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Path style (endpoint/bucket)</source>
        <translation>Pfadstil (Endpunkt/Bucket)</translation>
    </message>
    <message>
        <source>Virtual hosted (bucket.endpoint)</source>
        <translation>Virtuell gehostet (Bucket.Endpunkt)</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Adressierung:</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>a profile in ~/.aws/config, or leave empty</source>
        <translation>ein Profil in ~/.aws/config, oder leer lassen</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS-&amp;Profil:</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>/path/to/folder</source>
        <translation>/pfad/zum/ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>TLS-Zertifikate überprü&amp;fen</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate überprüfen</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <source>optional: PEM file of a private certificate authority</source>
        <translation>optional: PEM-Datei einer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be saved. It can be kept in memory until Lakescope quits.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher kann der geheime Schlüssel nicht gespeichert werden. Er kann im Arbeitsspeicher behalten werden, bis Lakescope beendet wird.</translation>
    </message>
    <message>
        <source>Keep the secret for this session &amp;only</source>
        <translation>Geheimen Schlüssel nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation>Geheimen Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importiert aus %1.</translation>
    </message>
    <message>
        <source>Enter the lakeFS secret access key.</source>
        <translation>Geben Sie den geheimen lakeFS-Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the secret access key of this key id.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel zu dieser Schlüssel-ID ein.</translation>
    </message>
    <message>
        <source>No keychain can save the secret: tick &quot;Keep the secret for this session only&quot; to use it until Lakescope quits.</source>
        <translation>Kein Schlüsselbund kann den geheimen Schlüssel speichern: Aktivieren Sie „Geheimen Schlüssel nur für diese Sitzung behalten“, um ihn bis zum Beenden von Lakescope zu verwenden.</translation>
    </message>
    <message>
        <source>empty for AWS, or e.g. http://localhost:9000</source>
        <translation>leer für AWS, oder z. B. http://localhost:9000</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000</source>
        <translation>z. B. http://localhost:8000</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Choose Folder</source>
        <translation>Ordner auswählen</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConnectionManager</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add an S3, lakeFS or local folder connection</source>
        <translation>Eine S3-, lakeFS- oder lokale Ordnerverbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the endpoint, keys or name of the selected connection</source>
        <translation>Endpunkt, Schlüssel oder Namen der ausgewählten Verbindung ändern</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>Verbindung &amp;entfernen …</translation>
    </message>
    <message>
        <source>Forget the selected connection and its saved secret</source>
        <translation>Die ausgewählte Verbindung und ihren gespeicherten geheimen Schlüssel vergessen</translation>
    </message>
    <message>
        <source>No system keychain is available, so connection secrets can be kept only until Lakescope quits.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher können geheime Schlüssel von Verbindungen nur bis zum Beenden von Lakescope behalten werden.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is missing from the keychain; edit the connection to enter it again.</source>
        <translation>Der geheime Schlüssel von „%1“ fehlt im Schlüsselbund; bearbeiten Sie die Verbindung, um ihn erneut einzugeben.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be read: %2</source>
        <translation>Der geheime Schlüssel von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>es ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>the keychain refused it: %1</source>
        <translation>der Schlüsselbund hat ihn abgelehnt: %1</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is kept only until Lakescope quits: %2.</source>
        <translation>Der geheime Schlüssel von „%1“ wird nur bis zum Beenden von Lakescope behalten: %2.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation>Der geheime Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Added %1 connection(s) found in the AWS and lakectl configuration and the environment.</source>
        <translation>Aus der AWS- und lakectl-Konfiguration und der Umgebung hinzugefügte Verbindungen: %1.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its secret is deleted from %1. The data it points to is not touched.</source>
        <translation>Ihr geheimer Schlüssel wird aus %1 gelöscht. Die Daten, auf die sie verweist, bleiben unberührt.</translation>
    </message>
    <message>
        <source>The data it points to is not touched.</source>
        <translation>Die Daten, auf die sie verweist, bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Secret Not Saved</source>
        <translation>Geheimer Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be saved: %2.</source>
        <translation>Der geheime Schlüssel von „%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Lakescope can keep it in memory until it quits, or forget it now; either way the connection itself is saved.</source>
        <translation>Lakescope kann ihn bis zum Beenden im Arbeitsspeicher behalten oder ihn jetzt vergessen; in beiden Fällen wird die Verbindung selbst gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Keep for This Session</source>
        <translation>Für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <source>&amp;Forget the Secret</source>
        <translation>Geheimen Schlüssel &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CreateRefDialog</name>
    <message>
        <source>Create Branch or Tag in %1</source>
        <translation>Branch oder Tag in %1 erstellen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind of reference</source>
        <translation>Art der Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. feature-cleanup or v1.1</source>
        <translation>z. B. feature-cleanup oder v1.1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>branch, tag, commit id or expression such as main~2</source>
        <translation>Branch, Tag, Commit-ID oder Ausdruck wie main~2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Enter a name for the new %1.</source>
        <translation>Geben Sie einen Namen für den neuen %1 ein.</translation>
    </message>
    <message>
        <source>Branch names use letters, digits, “_” and “-”, and do not start with “-”.</source>
        <translation>Branch-Namen bestehen aus Buchstaben, Ziffern, „_“ und „-“ und beginnen nicht mit „-“.</translation>
    </message>
    <message>
        <source>Tag names must not contain spaces, “..”, “/”, “@{” or any of ^:?*[\, must not end with “.” or “.lock”, and must not be “@”.</source>
        <translation>Tag-Namen dürfen keine Leerzeichen, „..“, „/“, „@{“ oder eines der Zeichen ^:?*[\ enthalten, nicht auf „.“ oder „.lock“ enden und nicht „@“ lauten.</translation>
    </message>
    <message>
        <source>Enter the branch, tag or commit the new %1 starts from.</source>
        <translation>Geben Sie den Branch, den Tag oder den Commit ein, von dem der neue %1 ausgeht.</translation>
    </message>
    <message>
        <source>“%1” is not a branch, tag, commit id or ref expression.</source>
        <translation>„%1“ ist weder Branch, Tag, Commit-ID noch Ref-Ausdruck.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DeleteRefDialog</name>
    <message>
        <source>Delete Branch</source>
        <translation>Branch löschen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft …</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>“%1” is the default branch of %2. lakeFS never deletes a repository&apos;s default branch: change the default branch in the repository settings first.</source>
        <translation>„%1“ ist der Standard-Branch von %2. lakeFS löscht den Standard-Branch eines Repositorys nie: Ändern Sie zuerst den Standard-Branch in den Repository-Einstellungen.</translation>
    </message>
    <message>
        <source>Delete branch “%1”? Its uncommitted changes are lost; its commits stay reachable from other refs that contain them.</source>
        <translation>Branch „%1“ löschen? Seine nicht committeten Änderungen gehen verloren; seine Commits bleiben über andere Refs erreichbar, die sie enthalten.</translation>
    </message>
    <message>
        <source>Delete tag “%1”? The commit it marks is not deleted.</source>
        <translation>Tag „%1“ löschen? Der damit markierte Commit wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <source>Branch “%1” cannot be deleted here: Lakescope keeps protected branches. Remove the rule in lakeFS first. %2</source>
        <translation>Der Branch „%1“ kann hier nicht gelöscht werden: Lakescope lässt geschützte Branches bestehen. Entfernen Sie zuerst die Regel in lakeFS. %2</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DiffTreeModel</name>
    <message>
        <source>Could not load the changes: %1</source>
        <translation>Die Änderungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load all the changes (%1 loaded): %2</source>
        <translation>Nicht alle Änderungen konnten geladen werden (%1 geladen): %2</translation>
    </message>
    <message>
        <source>%1 changes loaded, loading more…</source>
        <translation>%1 Änderungen geladen, weitere werden geladen …</translation>
    </message>
    <message>
        <source>%1 changes loaded; loading was stopped</source>
        <translation>%1 Änderungen geladen; Laden wurde gestoppt</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>%1 changes, %2 shown</source>
        <translation>%1 Änderungen, %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Folder %1: %2 added, %3 removed, %4 changed, %5 in conflict</source>
        <translation>Ordner %1: %2 hinzugefügt, %3 entfernt, %4 geändert, %5 im Konflikt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DropController</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::FailedFilesDialog</name>
    <message>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Elemente</translation>
    </message>
    <message>
        <source>%1: 1 item failed</source>
        <translation>%1: 1 Element fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 items failed</source>
        <translation>%1: %2 Elemente fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Failed items and their errors</source>
        <translation>Fehlgeschlagene Elemente und ihre Fehler</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy all failed items</source>
        <translation>Alle fehlgeschlagenen Elemente kopieren</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::HistoryPanel</name>
    <message>
        <source>&amp;Browse Files at This Commit</source>
        <translation>Dateien dieses Commits &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Create &amp;Branch Here…</source>
        <translation>&amp;Branch hier erstellen …</translation>
    </message>
    <message>
        <source>Create &amp;Tag Here…</source>
        <translation>&amp;Tag hier erstellen …</translation>
    </message>
    <message>
        <source>&amp;Revert on Branch…</source>
        <translation>Auf einem Branch &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>&amp;Copy Commit ID</source>
        <translation>Commit-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;load History</source>
        <translation>Historie neu &amp;laden</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Branch protection</source>
        <translation type="vanished">Branch-Schutz</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status der Historie</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load more commits</source>
        <translation>Weitere Commits laden</translation>
    </message>
    <message>
        <source>History could not be loaded: %1</source>
        <translation>Die Historie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading commits…</source>
        <translation>Commits werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n Commit</numerusform>
            <numerusform>%n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) loaded, more available</source>
        <translation>
            <numerusform>%n Commit geladen, weitere verfügbar</numerusform>
            <numerusform>%n Commits geladen, weitere verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed in %1 by %2, %3: %4</source>
        <translation>Zuletzt geändert in %1 von %2, %3: %4</translation>
    </message>
    <message>
        <source>Last change of %1 unknown: %2</source>
        <translation>Letzte Änderung von %1 unbekannt: %2</translation>
    </message>
    <message>
        <source>No commit on this ref changed %1.</source>
        <translation>Kein Commit auf dieser Ref hat %1 geändert.</translation>
    </message>
    <message>
        <source>Commit actions</source>
        <translation>Commit-Aktionen</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>dem System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lakescope</source>
        <translation>Ü&amp;ber Lakescope</translation>
    </message>
    <message>
        <source>Lakescope</source>
        <translation>Lakescope</translation>
    </message>
    <message>
        <source>%1 — Lakescope</source>
        <translation>%1 – Lakescope</translation>
    </message>
    <message>
        <source>About Lakescope</source>
        <translation>Über Lakescope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lakescope %1&lt;/h3&gt;&lt;p&gt;A fast, safe explorer for data lakes: S3, GCS, Azure, lakeFS and local folders.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lakescope %1&lt;/h3&gt;&lt;p&gt;Ein schneller, sicherer Explorer für Data Lakes: S3, GCS, Azure, lakeFS und lokale Ordner.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Transfers in progress</source>
        <translation>Übertragungen laufen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
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
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) did not finish last time: resume or discard them in Transfers.</source>
        <translation>
            <numerusform>%n Übertragung wurde beim letzten Mal nicht abgeschlossen: Setzen Sie sie unter „Übertragungen“ fort oder verwerfen Sie sie.</numerusform>
            <numerusform>%n Übertragungen wurden beim letzten Mal nicht abgeschlossen: Setzen Sie sie unter „Übertragungen“ fort oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Browse at a &amp;Commit…</source>
        <translation>An einem &amp;Commit durchsuchen …</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Merged into %1 of %2.</source>
        <translation>In %1 von %2 gemergt.</translation>
    </message>
    <message>
        <source>Uncommitted &amp;Changes</source>
        <translation>Nicht committete Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With Default Branch</source>
        <translation>Mit Standard-Branch &amp;vergleichen</translation>
    </message>
    <message>
        <source>Co&amp;mpare Refs</source>
        <translation>Refs ver&amp;gleichen</translation>
    </message>
    <message>
        <source>M&amp;erge Into Default Branch…</source>
        <translation>In Standard-Branch &amp;mergen …</translation>
    </message>
    <message>
        <source>Create &amp;Branch…</source>
        <translation>&amp;Branch erstellen …</translation>
    </message>
    <message>
        <source>Create &amp;Branch From Here…</source>
        <translation>&amp;Branch von hier erstellen …</translation>
    </message>
    <message>
        <source>Create &amp;Tag…</source>
        <translation>&amp;Tag erstellen …</translation>
    </message>
    <message>
        <source>Create &amp;Tag Here…</source>
        <translation>&amp;Tag hier erstellen …</translation>
    </message>
    <message>
        <source>&amp;Delete Branch…</source>
        <translation>Branch &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>Tag &amp;löschen …</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeDialog</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 mergen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Merge &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;h3&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; mergen&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Merge checks</source>
        <translation>Merge-Prüfungen</translation>
    </message>
    <message>
        <source>Changes that will land</source>
        <translation>Änderungen, die übernommen werden</translation>
    </message>
    <message>
        <source>Show only &amp;conflicts</source>
        <translation>Nur &amp;Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Show only conflicts</source>
        <translation>Nur Konflikte anzeigen</translation>
    </message>
    <message>
        <source>Changes that will land on %1</source>
        <translation>Änderungen, die in %1 übernommen werden</translation>
    </message>
    <message>
        <source>Both versions of the selected object</source>
        <translation>Beide Versionen des ausgewählten Objekts</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="vanished">„%1“ in „%2“ mergen</translation>
    </message>
    <message>
        <source>Merge message</source>
        <translation>Merge-Nachricht</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation>M&amp;etadaten:</translation>
    </message>
    <message>
        <source>Merge metadata</source>
        <translation>Merge-Metadaten</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Merge-Status</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mergen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mergen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking whether %1 can be merged into %2…</source>
        <translation>Es wird geprüft, ob %1 in %2 gemergt werden kann …</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>%1, 1 conflict</source>
        <translation>%1, 1 Konflikt</translation>
    </message>
    <message>
        <source>%1, %2 conflicts</source>
        <translation>%1, %2 Konflikte</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen …)</translation>
    </message>
    <message>
        <source>Changes that will land: %1</source>
        <translation>Änderungen, die übernommen werden: %1</translation>
    </message>
    <message>
        <source>1 path changed on both sides</source>
        <translation>1 Pfad auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>%1 paths changed on both sides</source>
        <translation>%1 Pfade auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>%1: with “Stop on conflict” the merge will fail. Choose “Keep destination” or “Take source” to settle them.</source>
        <translation>%1: Mit „Bei Konflikt anhalten“ schlägt der Merge fehl. Wählen Sie „Ziel behalten“ oder „Quelle übernehmen“, um sie aufzulösen.</translation>
    </message>
    <message>
        <source>%1: they will keep %2&apos;s version.</source>
        <translation>%1: Für diese wird die Version von %2 behalten.</translation>
    </message>
    <message>
        <source>%1: they will take %2&apos;s version.</source>
        <translation>%1: Für diese wird die Version von %2 übernommen.</translation>
    </message>
    <message>
        <source>Merging %1 into %2…</source>
        <translation>%1 wird in %2 gemergt …</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation type="vanished">%1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>1 conflict resolved by %1.</source>
        <translation>1 Konflikt aufgelöst durch %1.</translation>
    </message>
    <message>
        <source>%1 conflicts resolved by %2.</source>
        <translation>%1 Konflikte aufgelöst durch %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeResultPage</name>
    <message>
        <source>Merge &amp;commit:</source>
        <translation>Merge-&amp;Commit:</translation>
    </message>
    <message>
        <source>Merge commit id</source>
        <translation>Merge-Commit-ID</translation>
    </message>
    <message>
        <source>Co&amp;py id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the full merge commit id</source>
        <translation>Die vollständige Merge-Commit-ID kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Merged &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;, merge commit &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;h3&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; gemergt&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;, Merge-Commit &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What &amp;landed:</source>
        <translation>Was &amp;angekommen ist:</translation>
    </message>
    <message>
        <source>Changes the merge brought</source>
        <translation>Änderungen, die der Merge gebracht hat</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Show the destination&apos;s history</source>
        <translation>Verlauf des Ziels anzeigen</translation>
    </message>
    <message>
        <source>Counting what landed…</source>
        <translation>Zähle, was angekommen ist …</translation>
    </message>
    <message>
        <source>The merge changed no objects.</source>
        <translation>Der Merge hat keine Objekte geändert.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeStrategyChooser</name>
    <message>
        <source>When a path changed on both sides</source>
        <translation>Wenn ein Pfad auf beiden Seiten geändert wurde</translation>
    </message>
    <message>
        <source>&amp;Stop on conflict</source>
        <translation>Bei Konflikt &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop on conflict</source>
        <translation>Bei Konflikt anhalten</translation>
    </message>
    <message>
        <source>The merge is refused if any path changed on both sides; nothing changes.</source>
        <translation>Der Merge wird abgelehnt, wenn ein Pfad auf beiden Seiten geändert wurde; es ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Keep destination (dest-wins)</source>
        <translation>&amp;Ziel behalten (dest-wins)</translation>
    </message>
    <message>
        <source>Keep destination</source>
        <translation>Ziel behalten</translation>
    </message>
    <message>
        <source>Conflicting paths keep %1&apos;s version; every other change of %2 lands.</source>
        <translation>Konfliktpfade behalten die Version von %1; alle anderen Änderungen von %2 werden übernommen.</translation>
    </message>
    <message>
        <source>&amp;Take source (source-wins)</source>
        <translation>&amp;Quelle übernehmen (source-wins)</translation>
    </message>
    <message>
        <source>Take source</source>
        <translation>Quelle übernehmen</translation>
    </message>
    <message>
        <source>Conflicting paths take %1&apos;s version; every other change lands too.</source>
        <translation>Konfliktpfade übernehmen die Version von %1; auch alle anderen Änderungen werden übernommen.</translation>
    </message>
    <message>
        <source>keeping %1&apos;s version (dest-wins)</source>
        <translation>Beibehalten der Version von %1 (dest-wins)</translation>
    </message>
    <message>
        <source>taking %1&apos;s version (source-wins)</source>
        <translation>Übernehmen der Version von %1 (source-wins)</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Einen Metadateneintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Den ausgewählten Metadateneintrag entfernen</translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation>Metadatenzeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The metadata key “%1” is used twice; keys must be unique.</source>
        <translation>Der Metadatenschlüssel „%1“ wird doppelt verwendet; Schlüssel müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Um&amp;benennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner …</translation>
    </message>
    <message>
        <source>Do&amp;wnload To…</source>
        <translation>&amp;Herunterladen nach …</translation>
    </message>
    <message>
        <source>Upload &amp;Files…</source>
        <translation>&amp;Dateien hochladen …</translation>
    </message>
    <message>
        <source>Upload Fol&amp;der…</source>
        <translation>O&amp;rdner hochladen …</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Stop Counting or Deleting</source>
        <translation>Zählen oder Löschen stoppen</translation>
    </message>
    <message>
        <source>No folder is open.</source>
        <translation>Es ist kein Ordner geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s); paste them into another folder with Ctrl+V.</source>
        <translation>
            <numerusform>%n Element kopiert; fügen Sie es mit Strg+V in einen anderen Ordner ein.</numerusform>
            <numerusform>%n Elemente kopiert; fügen Sie sie mit Strg+V in einen anderen Ordner ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying is not available here.</source>
        <translation>Kopieren ist hier nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n item(s); follow the progress in Transfers.</source>
        <translation>
            <numerusform>%n Element wird kopiert; den Fortschritt sehen Sie unter „Übertragungen“.</numerusform>
            <numerusform>%n Elemente werden kopiert; den Fortschritt sehen Sie unter „Übertragungen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading is not available here.</source>
        <translation>Herunterladen ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Download To</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>Cannot download to %1.</source>
        <translation>Herunterladen nach %1 nicht möglich.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Element wird nach %1 heruntergeladen.</numerusform>
            <numerusform>%n Elemente werden nach %1 heruntergeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s); follow the progress in Transfers.</source>
        <translation>
            <numerusform>%n Element wird hochgeladen; den Fortschritt sehen Sie unter „Übertragungen“.</numerusform>
            <numerusform>%n Elemente werden hochgeladen; den Fortschritt sehen Sie unter „Übertragungen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a valid name.</source>
        <translation>„%1“ ist kein gültiger Name.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Moving is not available here.</source>
        <translation>Verschieben ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Moving “%1” to “%2”; follow the progress in Transfers.</source>
        <translation>„%1“ wird nach „%2“ verschoben; den Fortschritt sehen Sie unter „Übertragungen“.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Could not create the folder: %1</source>
        <translation>Der Ordner konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created folder “%1”.</source>
        <translation>Ordner „%1“ erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Counting what is in %n folder(s)…</source>
        <translation>
            <numerusform>Inhalt von %n Ordner wird gezählt …</numerusform>
            <numerusform>Inhalt von %n Ordnern wird gezählt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 objects (%2) so far.</source>
        <translation>Wird gezählt … bisher %1 Objekte (%2).</translation>
    </message>
    <message>
        <source>Delete stopped; nothing was deleted.</source>
        <translation>Löschen gestoppt; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation>%1 Ordner</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from %3?</source>
        <translation>%1 (%2) aus %3 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 and %2 (%3) from %4?</source>
        <translation>%1 und %2 (%3) aus %4 löschen?</translation>
    </message>
    <message>
        <source>Earlier commits keep them: until you commit, resetting the branch brings them back.</source>
        <translation>Frühere Commits enthalten sie weiterhin: Solange Sie nicht committen, lassen sie sich durch Zurücksetzen des Branch wiederherstellen.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) were deleted before that.</source>
        <translation>
            <numerusform>%n Objekt wurde zuvor bereits gelöscht.</numerusform>
            <numerusform>%n Objekte wurden zuvor bereits gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stopped.</source>
        <translation>Löschen gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted, e.g. %1: %2</source>
        <translation>
            <numerusform>%n Objekt konnte nicht gelöscht werden, z. B. %1: %2</numerusform>
            <numerusform>%n Objekte konnten nicht gelöscht werden, z. B. %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s).</source>
        <translation>
            <numerusform>%n Objekt gelöscht.</numerusform>
            <numerusform>%n Objekte gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectComparePane</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 Bytes)</translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation>1 Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>%L1 lines added</source>
        <translation>%L1 Zeilen hinzugefügt</translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation>1 Zeile entfernt</translation>
    </message>
    <message>
        <source>%L1 lines removed</source>
        <translation>%L1 Zeilen entfernt</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Checksum: %1</source>
        <translation>Prüfsumme: %1</translation>
    </message>
    <message>
        <source>ETag: %1</source>
        <translation>ETag: %1</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Inhaltstyp: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Object comparison</source>
        <translation>Objektvergleich</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Line changes</source>
        <translation>Zeilenänderungen</translation>
    </message>
    <message>
        <source>Left image</source>
        <translation>Linkes Bild</translation>
    </message>
    <message>
        <source>Right image</source>
        <translation>Rechtes Bild</translation>
    </message>
    <message>
        <source>Left image details</source>
        <translation>Details des linken Bildes</translation>
    </message>
    <message>
        <source>Right image details</source>
        <translation>Details des rechten Bildes</translation>
    </message>
    <message>
        <source>Left side details</source>
        <translation>Details der linken Seite</translation>
    </message>
    <message>
        <source>Right side details</source>
        <translation>Details der rechten Seite</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Reading both sides…</source>
        <translation>Beide Seiten werden gelesen …</translation>
    </message>
    <message>
        <source>Select a changed object to compare its two sides.</source>
        <translation>Wählen Sie ein geändertes Objekt aus, um seine beiden Seiten zu vergleichen.</translation>
    </message>
    <message>
        <source>Too different to compare line by line</source>
        <translation>Zu unterschiedlich für einen zeilenweisen Vergleich</translation>
    </message>
    <message>
        <source>%1, %2 removed</source>
        <translation>%1, %2 entfernt</translation>
    </message>
    <message>
        <source>Only the line endings differ</source>
        <translation>Nur die Zeilenenden unterscheiden sich</translation>
    </message>
    <message>
        <source>Only the newline at the end differs</source>
        <translation>Nur der Zeilenumbruch am Ende unterscheidet sich</translation>
    </message>
    <message>
        <source>No line changes</source>
        <translation>Keine Zeilenänderungen</translation>
    </message>
    <message>
        <source>Only the first %1 of each side are compared</source>
        <translation>Nur die ersten %1 jeder Seite werden verglichen</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3, %4</source>
        <translation>%1-Bild, %2 × %3, %4</translation>
    </message>
    <message>
        <source>The images look the same</source>
        <translation>Die Bilder sehen gleich aus</translation>
    </message>
    <message>
        <source>The image changed from %1 × %2 to %3 × %4</source>
        <translation>Das Bild hat sich von %1 × %2 auf %3 × %4 geändert</translation>
    </message>
    <message>
        <source>The images differ</source>
        <translation>Die Bilder unterscheiden sich</translation>
    </message>
    <message>
        <source>Both sides have the same content</source>
        <translation>Beide Seiten haben denselben Inhalt</translation>
    </message>
    <message>
        <source>The size changed from %1 to %2</source>
        <translation>Die Größe hat sich von %1 auf %2 geändert</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>%1 (removed on this branch, not committed yet)</source>
        <translation>%1 (auf diesem Branch entfernt, noch nicht committet)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Checksum / ETag</source>
        <translation>Prüfsumme / ETag</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectTableView</name>
    <message>
        <source>Folder contents</source>
        <translation>Ordnerinhalt</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PreviewLoader</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open the folder to see what it holds.</source>
        <translation>Öffnen Sie den Ordner, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation>Dieses Bild ist zu groß für eine Vorschau.</translation>
    </message>
    <message>
        <source>There is no preview for this kind of file.</source>
        <translation>Für diese Art von Datei gibt es keine Vorschau.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Previewed object</source>
        <translation>Objekt in der Vorschau</translation>
    </message>
    <message>
        <source>Preview details</source>
        <translation>Vorschaudetails</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Vorschaustatus</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Textvorschau</translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation>Tabellenvorschau</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Object summary</source>
        <translation>Objektübersicht</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen …</translation>
    </message>
    <message>
        <source>Download this object</source>
        <translation>Dieses Objekt herunterladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 items selected.</source>
        <translation>%1 Elemente ausgewählt.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Vorschau anzuzeigen.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2)</source>
        <translation>Größe: %1 (%2)</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Geändert: %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PropertiesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Zählen stoppen</translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation>Benutzermetadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Presigned link lifetime</source>
        <translation>Gültigkeitsdauer des vorsignierten Links</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Copy &amp;Presigned URL</source>
        <translation>&amp;Vorsignierte URL kopieren</translation>
    </message>
    <message>
        <source>Copy presigned URL</source>
        <translation>Vorsignierte URL kopieren</translation>
    </message>
    <message>
        <source>Could not read the properties: %1</source>
        <translation>Die Eigenschaften konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>MD5:</source>
        <translation>MD5:</translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>Speicherklasse:</translation>
    </message>
    <message>
        <source>lakeFS ref:</source>
        <translation>lakeFS-Ref:</translation>
    </message>
    <message>
        <source>Anyone with a presigned link can download this object until it expires. S3 signatures last at most 7 days, and links signed with temporary credentials (SSO, assumed roles) stop working when those credentials expire, which may be sooner.</source>
        <translation>Jeder, der einen vorsignierten Link besitzt, kann dieses Objekt herunterladen, bis der Link abläuft. S3-Signaturen gelten höchstens 7 Tage, und Links, die mit temporären Zugangsdaten (SSO, übernommene Rollen) signiert wurden, funktionieren nicht mehr, sobald diese Zugangsdaten ablaufen – was früher sein kann.</translation>
    </message>
    <message>
        <source>Presigned links are offered once the object&apos;s store is known.</source>
        <translation>Vorsignierte Links werden angeboten, sobald der Speicher des Objekts bekannt ist.</translation>
    </message>
    <message>
        <source>Local files cannot be shared by a link.</source>
        <translation>Lokale Dateien können nicht über einen Link geteilt werden.</translation>
    </message>
    <message>
        <source>This store cannot make presigned links.</source>
        <translation>Dieser Speicher kann keine vorsignierten Links erstellen.</translation>
    </message>
    <message>
        <source>Counting stopped; the totals above are incomplete.</source>
        <translation>Zählen gestoppt; die obigen Summen sind unvollständig.</translation>
    </message>
    <message>
        <source>Could not count the contents: %1</source>
        <translation>Der Inhalt konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation>Gesamtgröße:</translation>
    </message>
    <message>
        <source>Counted everything below this folder.</source>
        <translation>Alles unterhalb dieses Ordners wurde gezählt.</translation>
    </message>
    <message>
        <source>Could not make a presigned link: %1</source>
        <translation>Es konnte kein vorsignierter Link erstellt werden: %1</translation>
    </message>
    <message>
        <source>Copied a link that works until %1 (unless the credentials that signed it expire first).</source>
        <translation>Ein Link wurde kopiert, der bis %1 gültig ist (sofern die Zugangsdaten, mit denen er signiert wurde, nicht früher ablaufen).</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ProtectionNotice</name>
    <message>
        <source>Branch protection</source>
        <translation>Branch-Schutz</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::RefPicker</name>
    <message>
        <source>branch, tag or commit</source>
        <translation>Branch, Tag oder Commit</translation>
    </message>
    <message>
        <source>A branch, a tag, a commit id, or an expression such as main~2 or main@ (the last commit of main, without its uncommitted changes)</source>
        <translation>Ein Branch, ein Tag, eine Commit-ID oder ein Ausdruck wie main~2 oder main@ (der letzte Commit von main, ohne seine nicht committeten Änderungen)</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Could not list the branches and tags: %1</source>
        <translation>Die Branches und Tags konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::Session</name>
    <message>
        <source>Local files</source>
        <translation>Lokale Dateien</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>Notizblock</translation>
    </message>
    <message>
        <source>Type a location, e.g. s3://bucket/path or /home</source>
        <translation>Geben Sie einen Ort ein, z. B. s3://bucket/pfad oder /home</translation>
    </message>
    <message>
        <source>Scratch is an in-memory store: quick, private, and gone when Lakescope quits.
Use it to try things out without touching real data.
</source>
        <translation>Der Notizblock ist ein Speicher im Arbeitsspeicher: schnell, privat und weg, sobald Lakescope endet.
Probieren Sie hier etwas aus, ohne echte Daten anzufassen.
</translation>
    </message>
    <message>
        <source>Demo lake</source>
        <translation>Demo-Lake</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::SessionSecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>dem Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::SideBySideTextView</name>
    <message>
        <source>Copy Lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Select All Lines of This Side</source>
        <translation>Alle Zeilen dieser Seite auswählen</translation>
    </message>
    <message>
        <source>Copy Left Side</source>
        <translation>Linke Seite kopieren</translation>
    </message>
    <message>
        <source>Copy Right Side</source>
        <translation>Rechte Seite kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 added, %2 removed</source>
        <translation>, %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>unverändert %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt %1</translation>
    </message>
    <message>
        <source>removed %1, added %2</source>
        <translation>entfernt %1, hinzugefügt %2</translation>
    </message>
    <message>
        <source>; current line %1: %2</source>
        <translation>; aktuelle Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n lines selected on the left</source>
        <translation>
            <numerusform>; %n Zeile links ausgewählt</numerusform>
            <numerusform>; %n Zeilen links ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n lines selected on the right</source>
        <translation>
            <numerusform>; %n Zeile rechts ausgewählt</numerusform>
            <numerusform>; %n Zeilen rechts ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source> (left side)</source>
        <translation> (linke Seite)</translation>
    </message>
    <message>
        <source> (right side)</source>
        <translation> (rechte Seite)</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::StoreTreeModel</name>
    <message>
        <source>%1 is a tag, which is read-only: drop onto a branch.</source>
        <translation>%1 ist ein Tag und damit schreibgeschützt: Legen Sie die Elemente auf einem Branch ab.</translation>
    </message>
    <message>
        <source>Tags and commits are read-only: drop onto a branch.</source>
        <translation>Tags und Commits sind schreibgeschützt: Legen Sie die Elemente auf einem Branch ab.</translation>
    </message>
    <message>
        <source>Drop onto a folder.</source>
        <translation>Legen Sie die Elemente in einem Ordner ab.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>Mehr laden …</translation>
    </message>
    <message>
        <source>Browse %1 as of a commit</source>
        <translation>%1 im Zustand eines Commits durchsuchen</translation>
    </message>
    <message>
        <source>List the next page</source>
        <translation>Die nächste Seite auflisten</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Commit …</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::StoreTreeView</name>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Drop onto a folder, bucket or branch.</source>
        <translation>Legen Sie die Elemente in einem Ordner, Bucket oder Branch ab.</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation>Übertragungsaktionen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show failed &amp;items</source>
        <translation>Fehlgeschlagene &amp;Elemente anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene entfer&amp;nen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>Transfer totals</source>
        <translation>Übertragungen gesamt</translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation>Übertragungswarteschlange</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferPlanner</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot copy a folder into itself: </source>
        <translation>ein Ordner kann nicht in sich selbst kopiert werden: </translation>
    </message>
    <message>
        <source>source and destination are the same: </source>
        <translation>Quelle und Ziel sind identisch: </translation>
    </message>
    <message>
        <source>cannot move a folder into itself: </source>
        <translation>ein Ordner kann nicht in sich selbst verschoben werden: </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation>%1 nach %2 hochladen</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Download %1 to %2</source>
        <translation>%1 nach %2 herunterladen</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>Rename %1 → %2</source>
        <translation>%1 → %2 umbenennen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferQueueModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
            <numerusform>%1 (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped)</source>
        <translation>
            <numerusform>%1 (%n übersprungen)</numerusform>
            <numerusform>%1 (%n übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferService</name>
    <message>
        <source>Copied, but the original could not be deleted: %1</source>
        <translation>Kopiert, aber das Original konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferTotals</name>
    <message>
        <source>1 transfer</source>
        <translation>1 Übertragung</translation>
    </message>
    <message>
        <source>%1 transfers</source>
        <translation>%1 Übertragungen</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <extracomment>&quot;42% — 3 transfers&quot;</extracomment>
        <translation>%1&#xa0;% – %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left, e.g. &quot;2 min 5 s left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
</context>
</TS>
