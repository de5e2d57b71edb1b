<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BranchProtection</name>
    <message>
        <source>Protected by the rule %1: lakeFS takes only merges and reverts into this branch; uploads, object deletes, commits and discarding changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by the rules %1: lakeFS takes only merges and reverts into this branch; uploads, object deletes, commits and discarding changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSides</name>
    <message>
        <source>Cannot compare: this connection gives no access to the objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is neither in %1 nor in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no line comparison for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionImporter</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 on %1 (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lakeFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lakeFS on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>the endpoint of AWS profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: 1 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: more than %1 repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: 1 repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not readable: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the folder holds 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the folder holds %1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The CA certificates file must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon S3 or S3-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lakeFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint, e.g. http://localhost:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint needs http:// or https:// in front, e.g. https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not a valid URL: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must start with http:// or https://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not have a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region may hold only lower-case letters, digits and &apos;-&apos;, e.g. eu-west-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either an AWS profile or an access key, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key id has spaces at its start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lakeFS access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must be an absolute path, e.g. /data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderListing</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parquet table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avro data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORC table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow IPC data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feather table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelListing</name>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationLevels</name>
    <message>
        <source>Objects go into a bucket or a repository branch, not the account level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a branch of %1 to add objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tag or a commit, which are read-only: open a branch to add objects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeErrors</name>
    <message>
        <source>%1 has uncommitted changes. Commit or discard them before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository %1 is read-only; merges are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: %1 already has every change of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a branch (it is a tag or a commit, which never change). A merge lands on a branch: choose one as the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lakeFS: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is protected: lakeFS refuses this merge on it. Ask an administrator about the protection rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 or ref %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge conflicts with changes made on %1 meanwhile. Refresh the review and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped on conflicts. Nothing was changed. Choose a strategy that settles them (keep %1&apos;s version or take the source&apos;s) and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 path changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paths changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped: %1: %2. Nothing was changed. Choose a strategy that settles them (keep %3&apos;s version or take the source&apos;s) and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePreflight</name>
    <message>
        <source>%1 or %2 was not found in repository %3: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewBuilder</name>
    <message>
        <source>First %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview for binary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s)</source>
        <translation>
            <numerusform>First %n row</numerusform>
            <numerusform>First %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1); shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n line(s)</source>
        <translation>
            <numerusform>First %n line</numerusform>
            <numerusform>First %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefComparison</name>
    <message>
        <source>No such ref: “%1” is not a branch, tag or commit of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no history, so a merge would have no base. Check Two-dot to see every difference between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefErrors</name>
    <message>
        <source>%1 (lakeFS: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “%1” has uncommitted changes. Commit or reset them, then revert again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “%1” is protected: lakeFS does not allow commits on it, reverts included. Revert on another branch and merge it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting %1 changes nothing on “%2”: its changes are already gone there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 cannot be reverted on “%2” automatically: later changes on the branch touch the same objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “%1” or commit %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch or tag named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source of the new %1 was not found: check the branch, tag or commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not accepted as a %2 name or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the repository&apos;s default branch and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “%1” is protected. Remove its protection rule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>transferred bytes, e.g. &quot;1.2 GB of 4 GB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>transfer rate, e.g. &quot;12.5 MB/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiErrors</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not read this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlMime</name>
    <message>
        <source>%1 cannot go into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritePolicy</name>
    <message>
        <source>%1 lists buckets and repositories; open one of them to change its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a branch of %1 to change its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a commit, which cannot change; switch to a branch to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::AddressBar</name>
    <message>
        <source>Location: s3://bucket/path, /home/me, memory://scratch/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::BreadcrumbBar</name>
    <message>
        <source>Location path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::BrowserPanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the parent folder (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open this location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 shown</source>
        <translation>
            <numerusform>%Ln of %1 shown</numerusform>
            <numerusform>%Ln of %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln folder</numerusform>
            <numerusform>%Ln folders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F; * and ? match any; Enter searches the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the loaded rows by name. Enter lists only the names starting with the text from the server, for folders too big to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the names starting with the filter text, from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tag, which is read-only: drop onto a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded, loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — names starting with “%2”, from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ChangesPanel</name>
    <message>
        <source>Uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the uncommitted changes of the selected objects and folders (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every uncommitted change of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the uncommitted changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uncommitted changes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the uncommitted changes of these on branch %1?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all %1 uncommitted changes on branch %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added objects are deleted; changed and removed objects return to their last committed version. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded every uncommitted change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded the changes of %n item(s).</source>
        <translation>
            <numerusform>Discarded the changes of %n item.</numerusform>
            <numerusform>Discarded the changes of %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitDetailsView</name>
    <message>
        <source>Commit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitDialog</name>
    <message>
        <source>Commit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 added, %2 removed and %3 changed objects on branch %4 of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the uncommitted changes of branch %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these changes do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a commit message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: branch %1 has no uncommitted changes (someone may have committed or discarded them meanwhile). Refresh the changes to see the branch as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is protected: lakeFS accepts no direct commits on it. Create a branch from it, commit there and merge it into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitLogModel</name>
    <message>
        <source>Merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitPickerDialog</name>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse a Commit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln commit(s) so far</source>
        <translation>
            <numerusform>Loading… %Ln commit so far</numerusform>
            <numerusform>Loading… %Ln commits so far</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s)</source>
        <translation>
            <numerusform>%Ln commit</numerusform>
            <numerusform>%Ln commits</numerusform>
        </translation>
    </message>
    <message>
        <source>, more available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CommitReverter</name>
    <message>
        <source>Revert Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes of %1 with a new commit on branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CompareView</name>
    <message>
        <source>Base ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap base and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;wo-dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-dot comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked (three-dot): what the compare ref changed since it split from base, which is what a merge would bring.
Checked (two-dot): every difference between the two refs as they are now, including what changed on base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show objects both refs changed since they split (a merge would conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the refs again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: %1 and %2 hold the same objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: %2 changed nothing since it split from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a base and a compare ref, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading more…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading was stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two refs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a branch can receive a merge; %1 is not a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base and compare are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: the comparison is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the differences to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and merge %1 into %2 (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge base %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConflictPolicyDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: if a file already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing file when size and checksum match, replace it otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing file only with a newer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both (rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new file as &quot;name (1).ext&quot; beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path style (endpoint/bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual hosted (bucket.endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile in ~/.aws/config, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file of a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be saved. It can be kept in memory until Lakescope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lakeFS secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key of this key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain can save the secret: tick &quot;Keep the secret for this session only&quot; to use it until Lakescope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for AWS, or e.g. http://localhost:9000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ConnectionManager</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an S3, lakeFS or local folder connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the endpoint, keys or name of the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected connection and its saved secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so connection secrets can be kept only until Lakescope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is missing from the keychain; edit the connection to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is kept only until Lakescope quits: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 connection(s) found in the AWS and lakectl configuration and the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is deleted from %1. The data it points to is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it points to is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakescope can keep it in memory until it quits, or forget it now; either way the connection itself is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::CreateRefDialog</name>
    <message>
        <source>Create Branch or Tag in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. feature-cleanup or v1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch, tag, commit id or expression such as main~2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch names use letters, digits, “_” and “-”, and do not start with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag names must not contain spaces, “..”, “/”, “@{” or any of ^:?*[\, must not end with “.” or “.lock”, and must not be “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch, tag or commit the new %1 starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a branch, tag, commit id or ref expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DeleteRefDialog</name>
    <message>
        <source>Delete Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the default branch of %2. lakeFS never deletes a repository&apos;s default branch: change the default branch in the repository settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete branch “%1”? Its uncommitted changes are lost; its commits stay reachable from other refs that contain them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag “%1”? The commit it marks is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch “%1” cannot be deleted here: Lakescope keeps protected branches. Remove the rule in lakeFS first. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DiffTreeModel</name>
    <message>
        <source>Could not load the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load all the changes (%1 loaded): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes loaded, loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes loaded; loading was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1: %2 added, %3 removed, %4 changed, %5 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::DropController</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::FailedFilesDialog</name>
    <message>
        <source>Failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items and their errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all failed items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::HistoryPanel</name>
    <message>
        <source>&amp;Browse Files at This Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Branch Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Tag Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert on Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Commit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) loaded, more available</source>
        <translation>
            <numerusform>%n commit loaded, more available</numerusform>
            <numerusform>%n commits loaded, more available</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed in %1 by %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change of %1 unknown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit on this ref changed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lakescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lakescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lakescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lakescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lakescope %1&lt;/h3&gt;&lt;p&gt;A fast, safe explorer for data lakes: S3, GCS, Azure, lakeFS and local folders.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
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
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) did not finish last time: resume or discard them in Transfers.</source>
        <translation>
            <numerusform>%n transfer did not finish last time: resume or discard it in Transfers.</numerusform>
            <numerusform>%n transfers did not finish last time: resume or discard them in Transfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse at a &amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare With Default Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;erge Into Default Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Branch From Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Tag Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeDialog</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Merge &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that will land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that will land on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether %1 can be merged into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that will land: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 path changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paths changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with “Stop on conflict” the merge will fail. Choose “Keep destination” or “Take source” to settle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: they will keep %2&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: they will take %2&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict resolved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflicts resolved by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeResultPage</name>
    <message>
        <source>Merge &amp;commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full merge commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Merged &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;&lt;/h3&gt;Repository &lt;b&gt;%3&lt;/b&gt;, merge commit &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;landed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the merge brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the destination&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what landed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge changed no objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MergeStrategyChooser</name>
    <message>
        <source>When a path changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop on conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is refused if any path changed on both sides; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep destination (dest-wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting paths keep %1&apos;s version; every other change of %2 lands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take source (source-wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting paths take %1&apos;s version; every other change lands too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping %1&apos;s version (dest-wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking %1&apos;s version (source-wins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata key “%1” is used twice; keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectActions</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Counting or Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s); paste them into another folder with Ctrl+V.</source>
        <translation>
            <numerusform>Copied %n item; paste them into another folder with Ctrl+V.</numerusform>
            <numerusform>Copied %n items; paste them into another folder with Ctrl+V.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying %n item(s); follow the progress in Transfers.</source>
        <translation>
            <numerusform>Copying %n item; follow the progress in Transfers.</numerusform>
            <numerusform>Copying %n items; follow the progress in Transfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) to %1.</source>
        <translation>
            <numerusform>Downloading %n item to %1.</numerusform>
            <numerusform>Downloading %n items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s); follow the progress in Transfers.</source>
        <translation>
            <numerusform>Uploading %n item; follow the progress in Transfers.</numerusform>
            <numerusform>Uploading %n items; follow the progress in Transfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” to “%2”; follow the progress in Transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting what is in %n folder(s)…</source>
        <translation>
            <numerusform>Counting what is in %n folder…</numerusform>
            <numerusform>Counting what is in %n folders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 objects (%2) so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stopped; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and %2 (%3) from %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier commits keep them: until you commit, resetting the branch brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) were deleted before that.</source>
        <translation>
            <numerusform>%n object was deleted before that.</numerusform>
            <numerusform>%n objects were deleted before that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be deleted, e.g. %1: %2</source>
        <translation>
            <numerusform>%n object could not be deleted: %1: %2</numerusform>
            <numerusform>%n objects could not be deleted, e.g. %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s).</source>
        <translation>
            <numerusform>Deleted %n object.</numerusform>
            <numerusform>Deleted %n objects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectComparePane</name>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lines added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lines removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left image details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right image details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both sides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a changed object to compare its two sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too different to compare line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the line endings differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newline at the end differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of each side are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2 × %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images look the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image changed from %1 × %2 to %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides have the same content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed on this branch, not committed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum / ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ObjectTableView</name>
    <message>
        <source>Folder contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PreviewLoader</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::PropertiesDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned link lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Presigned URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy presigned URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lakeFS ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a presigned link can download this object until it expires. S3 signatures last at most 7 days, and links signed with temporary credentials (SSO, assumed roles) stop working when those credentials expire, which may be sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned links are offered once the object&apos;s store is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local files cannot be shared by a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store cannot make presigned links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting stopped; the totals above are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the contents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted everything below this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a presigned link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a link that works until %1 (unless the credentials that signed it expire first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::ProtectionNotice</name>
    <message>
        <source>Branch protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::RefPicker</name>
    <message>
        <source>branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch, a tag, a commit id, or an expression such as main~2 or main@ (the last commit of main, without its uncommitted changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the branches and tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::Session</name>
    <message>
        <source>Local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a location, e.g. s3://bucket/path or /home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch is an in-memory store: quick, private, and gone when Lakescope quits.
Use it to try things out without touching real data.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::SessionSecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::SideBySideTextView</name>
    <message>
        <source>Copy Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All Lines of This Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Left Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Right Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 added, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1, added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; current line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n lines selected on the left</source>
        <translation>
            <numerusform>; %n line selected on the left</numerusform>
            <numerusform>; %n lines selected on the left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n lines selected on the right</source>
        <translation>
            <numerusform>; %n line selected on the right</numerusform>
            <numerusform>; %n lines selected on the right</numerusform>
        </translation>
    </message>
    <message>
        <source> (left side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (right side)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::StoreTreeModel</name>
    <message>
        <source>%1 is a tag, which is read-only: drop onto a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and commits are read-only: drop onto a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop onto a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse %1 as of a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::StoreTreeView</name>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop onto a folder, bucket or branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferPanel</name>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferPlanner</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy a folder into itself: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source and destination are the same: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move a folder into itself: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferQueueModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed)</source>
        <translation>
            <numerusform>%1 (%n failed)</numerusform>
            <numerusform>%1 (%n failed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped)</source>
        <translation>
            <numerusform>%1 (%n skipped)</numerusform>
            <numerusform>%1 (%n skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferService</name>
    <message>
        <source>Copied, but the original could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lakescope::ui::TransferTotals</name>
    <message>
        <source>1 transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <extracomment>&quot;42% — 3 transfers&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>time left, e.g. &quot;2 min 5 s left&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
