<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>lakescope::ui::BrowserPanel</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
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
        <translation>Wird geladen … %1 geladen</translation>
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
</context>
<context>
    <name>lakescope::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
</context>
</TS>
