<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PartSweep::CleanupConfirmDialog</name>
    <message numerus="yes">
        <source>%1 known; the size of %Ln is not listed yet</source>
        <translation>
            <numerusform>%1 known; the size of %Ln upload is not listed yet</numerusform>
            <numerusform>%1 known; the sizes of %Ln uploads are not listed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s)</source>
        <translation>
            <numerusform>%Ln bucket</numerusform>
            <numerusform>%Ln buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run over %Ln upload(s) (%1) in %2: nothing will be changed.</source>
        <translation>
            <numerusform>Dry run over %Ln upload (%1) in %2: nothing will be changed.</numerusform>
            <numerusform>Dry run over %Ln uploads (%1) in %2: nothing will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending upload(s) (%1) in %2 will be aborted.</source>
        <translation>
            <numerusform>%Ln pending upload (%1) in %2 will be aborted.</numerusform>
            <numerusform>%Ln pending uploads (%1) in %2 will be aborted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected upload(s) younger than the guard are kept.</source>
        <translation>
            <numerusform>%Ln selected upload younger than the guard are kept.</numerusform>
            <numerusform>%Ln selected uploads younger than the guard are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln upload(s), %2</source>
        <translation>
            <numerusform>  %1: %Ln upload, %2</numerusform>
            <numerusform>  %1: %Ln uploads, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more bucket(s)</source>
        <translation>
            <numerusform>  … and %Ln more bucket</numerusform>
            <numerusform>  … and %Ln more buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Abort %Ln upload(s) (%1)</source>
        <translation>
            <numerusform>&amp;Abort %Ln upload (%1)</numerusform>
            <numerusform>&amp;Abort %Ln uploads (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting the %Ln selected upload(s)…</source>
        <translation>
            <numerusform>Counting the %Ln selected upload…</numerusform>
            <numerusform>Counting the %Ln selected uploads…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupFlow</name>
    <message numerus="yes">
        <source>Preparing the cleanup of %Ln upload(s)…</source>
        <translation>
            <numerusform>Preparing the cleanup of %Ln upload…</numerusform>
            <numerusform>Preparing the cleanup of %Ln uploads…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupProgressView</name>
    <message numerus="yes">
        <source>Dry run: nothing is changed. %Ln upload(s) inspected.</source>
        <translation>
            <numerusform>Dry run: nothing is changed. %Ln upload inspected.</numerusform>
            <numerusform>Dry run: nothing is changed. %Ln uploads inspected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aborting %Ln upload(s), each verified with ListParts.</source>
        <translation>
            <numerusform>Aborting %Ln upload, each verified with ListParts.</numerusform>
            <numerusform>Aborting %Ln uploads, each verified with ListParts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln would be aborted (%1); nothing was changed</source>
        <translation>
            <numerusform>Dry run: %Ln would be aborted (%1); nothing was changed</numerusform>
            <numerusform>Dry run: %Ln would be aborted (%1); nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified, %1 failed, %2 freed.</source>
        <translation>
            <numerusform>%Ln verified, %1 failed, %2 freed.</numerusform>
            <numerusform>%Ln verified, %1 failed, %2 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept by the age guard.</source>
        <translation>
            <numerusform>%Ln kept by the age guard.</numerusform>
            <numerusform>%Ln kept by the age guard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aborted without verification.</source>
        <translation>
            <numerusform>%Ln aborted without verification.</numerusform>
            <numerusform>%Ln aborted without verification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not started (cancelled).</source>
        <translation>
            <numerusform>%Ln not started (cancelled).</numerusform>
            <numerusform>%Ln not started (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) charged to you.</source>
        <translation>
            <numerusform>%Ln request charged to you.</numerusform>
            <numerusform>%Ln requests charged to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified, %1 failed, %2 freed (%3 a month saved).</source>
        <translation>
            <numerusform>%Ln verified, %1 failed, %2 freed (%3 a month saved).</numerusform>
            <numerusform>%Ln verified, %1 failed, %2 freed (%3 a month saved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the journal of %Ln upload(s); nothing is sent before it is on disk.</source>
        <translation>
            <numerusform>Writing the journal of %Ln upload; nothing is sent before it is on disk.</numerusform>
            <numerusform>Writing the journal of %Ln uploads; nothing is sent before it is on disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::DetailsPane</name>
    <message numerus="yes">
        <source>%Ln part(s), %1</source>
        <translation>
            <numerusform>%Ln part, %1</numerusform>
            <numerusform>%Ln parts, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::InventoryModel</name>
    <message numerus="yes">
        <source>%Ln pending upload(s) listed</source>
        <translation>
            <numerusform>%Ln pending upload listed</numerusform>
            <numerusform>%Ln pending uploads listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Initiated %1 (%Ln second(s) ago)</source>
        <translation>
            <numerusform>Initiated %1 (%Ln second ago)</numerusform>
            <numerusform>Initiated %1 (%Ln seconds ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::LifecycleDialog</name>
    <message numerus="yes">
        <source>Reading the lifecycle configuration of %Ln bucket(s)…</source>
        <translation>
            <numerusform>Reading the lifecycle configuration of %Ln bucket…</numerusform>
            <numerusform>Reading the lifecycle configuration of %Ln buckets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the rule to %Ln bucket(s)</source>
        <translation>
            <numerusform>Add the rule to %Ln bucket</numerusform>
            <numerusform>Add the rule to %Ln buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s) will get the rule, %1 already covered, %2 left alone (not supported, refused or not understood). Every other rule is kept as it is.</source>
        <translation>
            <numerusform>%Ln bucket will get the rule, %1 already covered, %2 left alone (not supported, refused or not understood). Every other rule is kept as it is.</numerusform>
            <numerusform>%Ln buckets will get the rule, %1 already covered, %2 left alone (not supported, refused or not understood). Every other rule is kept as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule aborts an upload %Ln day(s) after it began.</source>
        <translation>
            <numerusform>The rule aborts an upload %Ln day after it began.</numerusform>
            <numerusform>The rule aborts an upload %Ln days after it began.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified on %Ln bucket(s) (written, then read back as meant); %1 failed or left alone. Journal: %2</source>
        <translation>
            <numerusform>Verified on %Ln bucket (written, then read back as meant); %1 failed or left alone. Journal: %2</numerusform>
            <numerusform>Verified on %Ln buckets (written, then read back as meant); %1 failed or left alone. Journal: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln bucket(s) to what they held before; %1 left as they are (changed since, or failed: see each row). Journal: %2</source>
        <translation>
            <numerusform>Restored %Ln bucket to what they held before; %1 left as they are (changed since, or failed: see each row). Journal: %2</numerusform>
            <numerusform>Restored %Ln buckets to what they held before; %1 left as they are (changed since, or failed: see each row). Journal: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::MainWindow</name>
    <message numerus="yes">
        <source>%Ln upload(s)</source>
        <translation>
            <numerusform>%Ln upload</numerusform>
            <numerusform>%Ln uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s)</source>
        <translation>
            <numerusform>%Ln bucket</numerusform>
            <numerusform>%Ln buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s) failed (see their rows)</source>
        <translation>
            <numerusform>%Ln bucket failed (see their rows)</numerusform>
            <numerusform>%Ln buckets failed (see their rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sizing %Ln more</source>
        <translation>
            <numerusform>sizing %Ln more</numerusform>
            <numerusform>sizing %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s) failed</source>
        <translation>
            <numerusform>%Ln size failed</numerusform>
            <numerusform>%Ln sizes failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pending; %Ln aborted and verified gone (%2 freed)</source>
        <translation>
            <numerusform>%1 pending; %Ln aborted and verified gone (%2 freed)</numerusform>
            <numerusform>%1 pending; %Ln aborted and verified gone (%2 freed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (sizes known for %2 of %Ln upload(s))</source>
        <translation>
            <numerusform>%1 (sizes known for %2 of %Ln upload)</numerusform>
            <numerusform>%1 (sizes known for %2 of %Ln uploads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::SummaryPane</name>
    <message numerus="yes">
        <source>%Ln upload(s), size not known yet</source>
        <translation>
            <numerusform>%Ln upload, size not known yet</numerusform>
            <numerusform>%Ln uploads, size not known yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s), at least %1 (%2 of them sized)</source>
        <translation>
            <numerusform>%Ln upload, at least %1 (%2 of them sized)</numerusform>
            <numerusform>%Ln uploads, at least %1 (%2 of them sized)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s), %1</source>
        <translation>
            <numerusform>%Ln upload, %1</numerusform>
            <numerusform>%Ln uploads, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  Cleaned: %Ln upload(s) verified gone, %1 freed</source>
        <translation>
            <numerusform>  ·  Cleaned: %Ln upload verified gone, %1 freed</numerusform>
            <numerusform>  ·  Cleaned: %Ln uploads verified gone, %1 freed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in %2 of %Ln upload(s)</source>
        <translation>
            <numerusform>%1 bytes in %2 of %Ln upload</numerusform>
            <numerusform>%1 bytes in %2 of %Ln uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln upload(s) priced</source>
        <translation>
            <numerusform>%1 of %Ln upload priced</numerusform>
            <numerusform>%1 of %Ln uploads priced</numerusform>
        </translation>
    </message>
</context>
</TS>
