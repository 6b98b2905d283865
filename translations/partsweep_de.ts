<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CostModel</name>
    <message>
        <source>no price set for this service</source>
        <translation>kein Preis für diesen Dienst festgelegt</translation>
    </message>
    <message>
        <source>%1 per GB-month set for this connection</source>
        <translation>%1 pro GB-Monat, für diese Verbindung festgelegt</translation>
    </message>
    <message>
        <source>AWS list prices of %1, %2</source>
        <translation>AWS-Listenpreise vom %1, %2</translation>
    </message>
    <message>
        <source>under $0.0001</source>
        <translation>unter 0,0001 $</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>MfaPrompt</name>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>Profile %1 assumes a role with MFA device %2.
Enter the device&apos;s current code:</source>
        <translation>Profil %1 übernimmt eine Rolle mit dem MFA-Gerät %2.
Geben Sie den aktuellen Code des Geräts ein:</translation>
    </message>
    <message>
        <source>No MFA code was entered for profile &apos;%1&apos;.</source>
        <translation>Für das Profil &apos;%1&apos; wurde kein MFA-Code eingegeben.</translation>
    </message>
    <message>
        <source>Connect again and enter the code your MFA device shows.</source>
        <translation>Verbinden Sie sich erneut und geben Sie den Code ein, den Ihr MFA-Gerät anzeigt.</translation>
    </message>
</context>
<context>
    <name>PartSweep::BucketListProxy</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Ältester</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupConfirmDialog</name>
    <message>
        <source>&amp;Dry run: list what would be aborted, change nothing</source>
        <translation>&amp;Probelauf: auflisten, was abgebrochen würde, nichts ändern</translation>
    </message>
    <message>
        <source>&amp;Requester pays: accept the request charges (x-amz-request-payer)</source>
        <translation>&amp;Requester Pays: Anfragegebühren akzeptieren (x-amz-request-payer)</translation>
    </message>
    <message>
        <source>&amp;Verify each abort with ListParts (recommended)</source>
        <translation>Jeden Abbruch mit ListParts &amp;verifizieren (empfohlen)</translation>
    </message>
    <message>
        <source>Abort pending uploads</source>
        <translation>Offene Uploads abbrechen</translation>
    </message>
    <message>
        <source>account id; empty: not checked</source>
        <translation>Konto-ID; leer: keine Prüfung</translation>
    </message>
    <message>
        <source>Age guard</source>
        <translation>Altersschutz</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Uploads initiated more recently than this are kept: they may still be in use.</source>
        <translation>Uploads, die jünger als dieser Wert sind, werden behalten: sie könnten noch in Gebrauch sein.</translation>
    </message>
    <message>
        <source>Without verification an abort is not proven: parts still uploading when it is sent can land afterwards and keep costing money.</source>
        <translation>Ohne Verifizierung ist ein Abbruch nicht nachgewiesen: Teile, die beim Senden noch hochgeladen werden, können danach eintreffen und weiter Kosten verursachen.</translation>
    </message>
    <message>
        <source>Abort again while ListParts still lists parts, up to this many times.</source>
        <translation>Erneut abbrechen, solange ListParts noch Teile auflistet, höchstens so oft.</translation>
    </message>
    <message>
        <source>&amp;Keep uploads younger than:</source>
        <translation>Uploads &amp;behalten, jünger als:</translation>
    </message>
    <message>
        <source>Expected bucket &amp;owner:</source>
        <translation>&amp;Erwarteter Bucket-Besitzer:</translation>
    </message>
    <message>
        <source>Aborts per &amp;upload (at most):</source>
        <translation>Abbrüche pro &amp;Upload (höchstens):</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Only the uploads listed here are aborted (each by its exact upload id). Objects are never deleted. Every step is written to a journal, and a report can be exported at the end.</source>
        <translation>Nur die hier aufgeführten Uploads werden abgebrochen (jeder über seine genaue Upload-ID). Objekte werden nie gelöscht. Jeder Schritt wird in ein Journal geschrieben, und am Ende kann ein Bericht exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 known; the size of %Ln is not listed yet</source>
        <translation>
            <numerusform>%1 bekannt; die Größe von %Ln Upload ist noch nicht ermittelt</numerusform>
            <numerusform>%1 bekannt; die Größe von %Ln Uploads ist noch nicht ermittelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s)</source>
        <translation>
            <numerusform>%Ln Bucket</numerusform>
            <numerusform>%Ln Buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run over %Ln upload(s) (%1) in %2: nothing will be changed.</source>
        <translation>
            <numerusform>Probelauf über %Ln Upload (%1) in %2: Es wird nichts geändert.</numerusform>
            <numerusform>Probelauf über %Ln Uploads (%1) in %2: Es wird nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending upload(s) (%1) in %2 will be aborted.</source>
        <translation>
            <numerusform>%Ln offener Upload (%1) in %2 wird abgebrochen.</numerusform>
            <numerusform>%Ln offene Uploads (%1) in %2 werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They cost %1 a month (%2), counting the uploads of known size and price.</source>
        <translation>Sie kosten %1 im Monat (%2), gezählt sind die Uploads mit bekannter Größe und bekanntem Preis.</translation>
    </message>
    <message>
        <source>They cost %1 a month (%2).</source>
        <translation>Sie kosten %1 im Monat (%2).</translation>
    </message>
    <message>
        <source>That saves %1 a month (%2), counting the uploads of known size and price.</source>
        <translation>Das spart %1 im Monat (%2), gezählt sind die Uploads mit bekannter Größe und bekanntem Preis.</translation>
    </message>
    <message>
        <source>That saves %1 a month (%2).</source>
        <translation>Das spart %1 im Monat (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s time is not known yet, so the age guard cannot be applied: nothing can be aborted until the server has answered (or with the guard at 0).</source>
        <translation>Die Uhrzeit des Servers ist noch nicht bekannt, daher kann der Altersschutz nicht angewendet werden: Es kann nichts abgebrochen werden, bevor der Server geantwortet hat (oder mit Altersschutz 0).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected upload(s) younger than the guard are kept.</source>
        <translation>
            <numerusform>%Ln ausgewählter Upload ist jünger als der Altersschutz und wird behalten.</numerusform>
            <numerusform>%Ln ausgewählte Uploads sind jünger als der Altersschutz und werden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %Ln upload(s), %2</source>
        <translation>
            <numerusform>  %1: %Ln Upload, %2</numerusform>
            <numerusform>  %1: %Ln Uploads, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more bucket(s)</source>
        <translation>
            <numerusform>  … und %Ln weiterer Bucket</numerusform>
            <numerusform>  … und %Ln weitere Buckets</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: change nothing</source>
        <translation>Probelauf: nichts ändern</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Abort %Ln upload(s) (%1)</source>
        <translation>
            <numerusform>%Ln Upload &amp;abbrechen (%1)</numerusform>
            <numerusform>%Ln Uploads &amp;abbrechen (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupFlow</name>
    <message>
        <source>Cannot start the cleanup</source>
        <translation>Bereinigung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The journal could not be created, so nothing was sent.

%1</source>
        <translation>Das Journal konnte nicht angelegt werden, daher wurde nichts gesendet.

%1</translation>
    </message>
    <message>
        <source>Cleanup finished: %1</source>
        <translation>Bereinigung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>PartSweep dry run finished</source>
        <translation>PartSweep-Probelauf abgeschlossen</translation>
    </message>
    <message>
        <source>PartSweep cleanup finished</source>
        <translation>PartSweep-Bereinigung abgeschlossen</translation>
    </message>
    <message>
        <source>The credentials could not be read again: %1</source>
        <translation>Die Anmeldedaten konnten nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection now points to %1, not to the service of this job (%2): reconnect to it to resume.</source>
        <translation>Die Verbindung zeigt jetzt auf %1, nicht auf den Dienst dieses Auftrags (%2): Verbinden Sie sich erneut mit diesem, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Resume an unfinished cleanup?</source>
        <translation>Unvollendete Bereinigung fortsetzen?</translation>
    </message>
    <message>
        <source>Cleanup %1 (started %2 on %3) did not finish: %4 of its %5 uploads are not done.

Resuming aborts (again) every upload not done and verifies each. It uses the current connection, which must be to the same service.</source>
        <translation>Bereinigung %1 (gestartet am %2 auf %3) wurde nicht abgeschlossen: %4 ihrer %5 Uploads sind nicht erledigt.

Beim Fortsetzen wird jeder nicht erledigte Upload (erneut) abgebrochen und einzeln verifiziert. Dabei wird die aktuelle Verbindung verwendet, die zum selben Dienst bestehen muss.</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Marks the journal abandoned; it stays on disk for reports.</source>
        <translation>Markiert das Journal als aufgegeben; es bleibt für Berichte auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cannot resume here</source>
        <translation>Fortsetzen hier nicht möglich</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupModel</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Upload ID</source>
        <translation>Upload-ID</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aborts</source>
        <translation>Abbrüche</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PartSweep::CleanupProgressView</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Dry run %1</source>
        <translation>Probelauf %1</translation>
    </message>
    <message>
        <source>Cleanup %1</source>
        <translation>Bereinigung %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing is changed. %Ln upload(s) inspected.</source>
        <translation>
            <numerusform>Probelauf: Es wird nichts geändert. %Ln Upload geprüft.</numerusform>
            <numerusform>Probelauf: Es wird nichts geändert. %Ln Uploads geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aborting %Ln upload(s), each verified with ListParts.</source>
        <translation>
            <numerusform>%Ln Upload wird abgebrochen und mit ListParts verifiziert.</numerusform>
            <numerusform>%Ln Uploads werden abgebrochen, jeder mit ListParts verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln would be aborted (%1); nothing was changed</source>
        <translation>
            <numerusform>Probelauf: %Ln würde abgebrochen (%1); nichts wurde geändert</numerusform>
            <numerusform>Probelauf: %Ln würden abgebrochen (%1); nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified, %1 failed, %2 freed.</source>
        <translation>
            <numerusform>%Ln verifiziert, %1 fehlgeschlagen, %2 freigegeben.</numerusform>
            <numerusform>%Ln verifiziert, %1 fehlgeschlagen, %2 freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept by the age guard.</source>
        <translation>
            <numerusform>%Ln durch den Altersschutz behalten.</numerusform>
            <numerusform>%Ln durch den Altersschutz behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aborted without verification.</source>
        <translation>
            <numerusform>%Ln ohne Verifizierung abgebrochen.</numerusform>
            <numerusform>%Ln ohne Verifizierung abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not started (cancelled).</source>
        <translation>
            <numerusform>%Ln nicht begonnen (storniert).</numerusform>
            <numerusform>%Ln nicht begonnen (storniert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) charged to you.</source>
        <translation>
            <numerusform>%Ln Anfrage wurde Ihnen berechnet.</numerusform>
            <numerusform>%Ln Anfragen wurden Ihnen berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Would abort: %1 (%2)</source>
        <translation>Würde abbrechen: %1 (%2)</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verifiziert: %1</translation>
    </message>
    <message>
        <source>Aborted, not verified: %1</source>
        <translation>Abgebrochen, nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Freed: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Verbleibend: %1</translation>
    </message>
    <message>
        <source>Kept by the age guard: %1</source>
        <translation>Durch Altersschutz behalten: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <source>Charged requests: %1</source>
        <translation>Berechnete Anfragen: %1</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <source>Rate: %1 uploads/s</source>
        <translation>Tempo: %1 Uploads/s</translation>
    </message>
    <message>
        <source>ETA: %1</source>
        <translation>Restzeit: %1</translation>
    </message>
    <message>
        <source>Waiting for credentials: %1

Nothing was failed or skipped. Renew the credentials (for example run &apos;aws sso login&apos;, check your credential_process, or enter new keys for this connection), then Resume: PartSweep reads them again. Cancel job keeps the journal, so the job can be resumed later.</source>
        <translation>Warten auf Anmeldedaten: %1

Nichts ist fehlgeschlagen oder wurde übersprungen. Erneuern Sie die Anmeldedaten (führen Sie zum Beispiel &apos;aws sso login&apos; aus, prüfen Sie Ihren credential_process oder geben Sie neue Schlüssel für diese Verbindung ein) und klicken Sie dann auf „Fortsetzen“: PartSweep liest sie erneut ein. „Auftrag abbrechen“ behält das Journal, sodass der Auftrag später fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Waiting for the server: %1

Nothing was failed or skipped. PartSweep tries again by itself at %2, one request first. Resume now to try at once; Cancel job keeps the journal, so the job can be resumed later.</source>
        <translation>Warten auf den Server: %1

Nichts ist fehlgeschlagen oder wurde übersprungen. PartSweep versucht es um %2 von selbst erneut, zunächst mit einer Anfrage. „Jetzt fortsetzen“ versucht es sofort; „Auftrag abbrechen“ behält das Journal, sodass der Auftrag später fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>&amp;Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>This job has no journal to make a report from.</source>
        <translation>Dieser Auftrag hat kein Journal, aus dem ein Bericht erstellt werden könnte.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cancel the cleanup?</source>
        <translation>Bereinigung abbrechen?</translation>
    </message>
    <message>
        <source>The job is still running. Closing this window cancels it: requests in flight finish, nothing new is sent, and the journal records where every upload stands (it can be resumed).</source>
        <translation>Der Auftrag läuft noch. Wenn Sie dieses Fenster schließen, wird er abgebrochen: Laufende Anfragen werden beendet, nichts Neues wird gesendet, und das Journal hält den Stand jedes Uploads fest (der Auftrag kann fortgesetzt werden).</translation>
    </message>
    <message>
        <source>Uploads of this cleanup</source>
        <translation>Uploads dieser Bereinigung</translation>
    </message>
    <message>
        <source>One row per upload: its state, the aborts sent and the verification.</source>
        <translation>Eine Zeile pro Upload: sein Zustand, die gesendeten Abbrüche und die Prüfung.</translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Retr&amp;y failed…</source>
        <translation>Fehlgeschlagene &amp;wiederholen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified, %1 failed, %2 freed (%3 a month saved).</source>
        <translation>
            <numerusform>%Ln verifiziert, %1 fehlgeschlagen, %2 freigegeben (%3 im Monat gespart).</numerusform>
            <numerusform>%Ln verifiziert, %1 fehlgeschlagen, %2 freigegeben (%3 im Monat gespart).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartSweep::ConnectFlow</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>PartSweep::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Automatic (path style for custom endpoints)</source>
        <translation>Automatisch (Pfadstil für eigene Endpunkte)</translation>
    </message>
    <message>
        <source>Path style (https://host/bucket)</source>
        <translation>Pfadstil (https://host/bucket)</translation>
    </message>
    <message>
        <source>Virtual-hosted style (https://bucket.host)</source>
        <translation>Virtual-Hosted-Stil (https://bucket.host)</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Anmeldedaten</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Accept requester-pays charges (x-amz-request-payer)</source>
        <translation>Requester-Pays-Gebühren akzeptieren (x-amz-request-payer)</translation>
    </message>
    <message>
        <source>any owner</source>
        <translation>beliebiger Besitzer</translation>
    </message>
    <message>
        <source>AWS list prices on AWS; none elsewhere</source>
        <translation>AWS-Listenpreise auf AWS; sonst keine</translation>
    </message>
    <message>
        <source>What storage costs on this service, in USD per GB-month (e.g. 0.0059). Without one, PartSweep uses AWS&apos;s list prices on AWS and shows no cost elsewhere.</source>
        <translation>Was Speicher bei diesem Dienst kostet, in USD pro GB-Monat (z. B. 0,0059). Ohne Angabe verwendet PartSweep auf AWS die Listenpreise von AWS und zeigt anderswo keine Kosten an.</translation>
    </message>
    <message>
        <source>Storage price, USD per GB-month</source>
        <translation>Speicherpreis, USD pro GB-Monat</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Adressierung:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>Storage &amp;price (USD/GB-month):</source>
        <translation>&amp;Speicherpreis (USD/GB-Monat):</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Speic&amp;hern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Verb&amp;inden</translation>
    </message>
    <message>
        <source>Entered in PartSweep</source>
        <translation>In PartSweep eingegeben</translation>
    </message>
    <message>
        <source>Default chain (environment keys)</source>
        <translation>Standardkette (Umgebungsschlüssel)</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>From ~/.aws</source>
        <translation>Aus ~/.aws</translation>
    </message>
    <message>
        <source>To rename a connection, create a new one with New and delete this one.</source>
        <translation>Um eine Verbindung umzubenennen, legen Sie mit „Neu“ eine neue an und löschen diese.</translation>
    </message>
    <message>
        <source>A new connection entered by hand.</source>
        <translation>Eine neue, von Hand eingegebene Verbindung.</translation>
    </message>
    <message>
        <source>Entered by hand.</source>
        <translation>Von Hand eingegeben.</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s default chain: keys from the environment (AWS_ACCESS_KEY_ID), else the profile AWS_PROFILE names, else &quot;default&quot;. Keys cannot be edited here.</source>
        <translation>Die Standardkette der AWS CLI: Schlüssel aus der Umgebung (AWS_ACCESS_KEY_ID), sonst das in AWS_PROFILE genannte Profil, sonst &quot;default&quot;. Schlüssel können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot; from ~/.aws: keys come from the profile. The fields below override the profile&apos;s settings when filled in.</source>
        <translation>AWS-Profil &quot;%1&quot; aus ~/.aws: Die Schlüssel stammen aus dem Profil. Ausgefüllte Felder unten überschreiben die Einstellungen des Profils.</translation>
    </message>
    <message>
        <source>AWS (leave empty), or e.g. https://s3.example.com:9000</source>
        <translation>AWS (leer lassen) oder z. B. https://s3.example.com:9000</translation>
    </message>
    <message>
        <source>the profile&apos;s, else AWS</source>
        <translation>aus dem Profil, sonst AWS</translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation>us-east-1</translation>
    </message>
    <message>
        <source>the profile&apos;s, else us-east-1</source>
        <translation>aus dem Profil, sonst us-east-1</translation>
    </message>
    <message>
        <source>from the profile</source>
        <translation>aus dem Profil</translation>
    </message>
    <message>
        <source>No secret key is stored for %1: enter it and save.</source>
        <translation>Für %1 ist kein geheimer Schlüssel gespeichert: Geben Sie ihn ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Secret key and session token are stored in the system keychain.</source>
        <translation>Geheimer Schlüssel und Sitzungstoken werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Secret key and session token are kept for this session only. %1</source>
        <translation>Geheimer Schlüssel und Sitzungstoken werden nur für diese Sitzung aufbewahrt. %1</translation>
    </message>
    <message>
        <source>Profiles are edited in ~/.aws.</source>
        <translation>Profile werden in ~/.aws bearbeitet.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung namens &quot;%1&quot; gibt es bereits.</translation>
    </message>
    <message>
        <source>Enter the secret key of access key %1.</source>
        <translation>Geben Sie den geheimen Schlüssel zum Zugriffsschlüssel %1 ein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving the secrets…</source>
        <translation>Geheime Daten werden gespeichert…</translation>
    </message>
    <message>
        <source>Settings saved, but the secrets were not: %1</source>
        <translation>Einstellungen gespeichert, die geheimen Daten jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Saved; the secrets are in the system keychain.</source>
        <translation>Gespeichert; die geheimen Daten liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session only.</source>
        <translation>Gespeichert; die geheimen Daten werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <source>Not tried: no usable credentials.</source>
        <translation>Nicht versucht: keine verwendbaren Anmeldedaten.</translation>
    </message>
    <message>
        <source>Access key %1 from %2.</source>
        <translation>Zugriffsschlüssel %1 aus %2.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Sess&amp;ion token:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <source>Expected bucket o&amp;wner:</source>
        <translation>Erwarteter Bucket-&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Conc&amp;urrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
</context>
<context>
    <name>PartSweep::DetailsPane</name>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>No upload selected</source>
        <translation>Kein Upload ausgewählt</translation>
    </message>
    <message>
        <source>Select an upload to see its parts.</source>
        <translation>Wählen Sie einen Upload aus, um seine Teile zu sehen.</translation>
    </message>
    <message>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>Upload id</source>
        <translation>Upload-ID</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Listing parts…</source>
        <translation>Teile werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s), %1</source>
        <translation>
            <numerusform>%Ln Teil, %1</numerusform>
            <numerusform>%Ln Teile, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A lifecycle rule (%1) will abort this upload on %2.</source>
        <translation>Eine Lifecycle-Regel (%1) bricht diesen Upload am %2 ab.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>No lifecycle rule will abort this upload.</source>
        <translation>Keine Lifecycle-Regel wird diesen Upload abbrechen.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Parts could not be listed: %1</source>
        <translation>Teile konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Upload id</source>
        <translation>&amp;Upload-ID</translation>
    </message>
</context>
<context>
    <name>PartSweep::FlatUploadModel</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>PartSweep::InventoryModel</name>
    <message>
        <source>Not scanned</source>
        <translation>Nicht gescannt</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Wird gescannt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Aborted (verified)</source>
        <translation>Abgebrochen (verifiziert)</translation>
    </message>
    <message>
        <source>Aborted (not verified)</source>
        <translation>Abgebrochen (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Abort failed</source>
        <translation>Abbruch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scanning: %1 pages, %2 uploads</source>
        <translation>Wird gescannt: %1 Seiten, %2 Uploads</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, erstellt am %2</translation>
    </message>
    <message>
        <source>%1 pending uploads; %2 more were aborted and verified gone (%3 freed)</source>
        <translation>%1 offene Uploads; %2 weitere wurden abgebrochen und sind nachweislich entfernt (%3 freigegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending upload(s) listed</source>
        <translation>
            <numerusform>%Ln offener Upload aufgelistet</numerusform>
            <numerusform>%Ln offene Uploads aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest upload initiated %1</source>
        <translation>Ältester Upload gestartet am %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes in %2 parts, sizes known for %3 of %4 uploads</source>
        <translation>%1 Bytes in %2 Teilen, Größen bekannt für %3 von %4 Uploads</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>A month, for the %1 of %2 uploads whose size is known (%3)</source>
        <translation>Im Monat, für die %1 von %2 Uploads mit bekannter Größe (%3)</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Lifecycle rules not read yet</source>
        <translation>Lifecycle-Regeln noch nicht gelesen</translation>
    </message>
    <message>
        <source>Lifecycle rule aborting incomplete uploads: %1</source>
        <translation>Lifecycle-Regel, die unvollständige Uploads abbricht: %1</translation>
    </message>
    <message>
        <source>Aborted (verified) at %1</source>
        <translation>Abgebrochen (verifiziert) um %1</translation>
    </message>
    <message>
        <source>s3://%1/%2</source>
        <translation>s3://%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Initiated %1 (%Ln second(s) ago)</source>
        <translation>
            <numerusform>Gestartet am %1 (vor %Ln Sekunde)</numerusform>
            <numerusform>Gestartet am %1 (vor %Ln Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiation time unknown</source>
        <translation>Startzeit unbekannt</translation>
    </message>
    <message>
        <source>%1 bytes in %2 parts</source>
        <translation>%1 Bytes in %2 Teilen</translation>
    </message>
    <message>
        <source>Size not listed yet</source>
        <translation>Größe noch nicht ermittelt</translation>
    </message>
    <message>
        <source>A month, billed as %1 (%2)</source>
        <translation>Im Monat, abgerechnet als %1 (%2)</translation>
    </message>
    <message>
        <source>Bucket / Key</source>
        <translation>Bucket / Schlüssel</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Upload ID</source>
        <translation>Upload-ID</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cost/month</source>
        <translation>Kosten/Monat</translation>
    </message>
    <message>
        <source>Region / Class</source>
        <translation>Region / Klasse</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Abort rule</source>
        <translation>Abbruchregel</translation>
    </message>
</context>
<context>
    <name>PartSweep::InventoryScanner</name>
    <message>
        <source>Scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <source>This server (%1) lists pending multipart uploads only for an exact object name, so PartSweep cannot see them by scanning a bucket. Zero uploads here does not mean there are none: use the server&apos;s own tools (mc ls --incomplete) or a lifecycle rule (AbortIncompleteMultipartUpload).</source>
        <translation>Dieser Server (%1) listet offene mehrteilige Uploads nur für einen exakten Objektnamen auf, daher kann PartSweep sie beim Scannen eines Buckets nicht sehen. Null Uploads bedeutet hier nicht, dass es keine gibt: Verwenden Sie die eigenen Werkzeuge des Servers (mc ls --incomplete) oder eine Lifecycle-Regel (AbortIncompleteMultipartUpload).</translation>
    </message>
</context>
<context>
    <name>PartSweep::KeychainSecretStore</name>
    <message>
        <source>No keychain service is available. Secrets entered here are kept only until PartSweep quits; start a Secret Service provider such as gnome-keyring or KWallet to keep them.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar. Hier eingegebene geheime Daten werden nur aufbewahrt, bis PartSweep beendet wird; starten Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet, um sie dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>No keychain service is available (%1). Secrets entered here are kept only until PartSweep quits; start a Secret Service provider such as gnome-keyring or KWallet to keep them.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1). Hier eingegebene geheime Daten werden nur aufbewahrt, bis PartSweep beendet wird; starten Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet, um sie dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>The keychain could not read the secret key of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte den geheimen Schlüssel der Verbindung &apos;%1&apos; nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not read the session token of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte das Sitzungstoken der Verbindung &apos;%1&apos; nicht lesen: %2</translation>
    </message>
    <message>
        <source>The keychain could not store the secret key of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte den geheimen Schlüssel der Verbindung &apos;%1&apos; nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not store the session token of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte das Sitzungstoken der Verbindung &apos;%1&apos; nicht speichern: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the secret key of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte den geheimen Schlüssel der Verbindung &apos;%1&apos; nicht entfernen: %2</translation>
    </message>
    <message>
        <source>The keychain could not remove the session token of connection &apos;%1&apos;: %2</source>
        <translation>Der Schlüsselbund konnte das Sitzungstoken der Verbindung &apos;%1&apos; nicht entfernen: %2</translation>
    </message>
    <message>
        <source>Access to the keychain was refused; allow PartSweep to use it.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert; erlauben Sie PartSweep, ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>PartSweep::LifecycleDialog</name>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>left alone: not understood completely</source>
        <translation>unverändert: nicht vollständig verstanden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>will get the rule</source>
        <translation>erhält die Regel</translation>
    </message>
    <message>
        <source>already covered</source>
        <translation>bereits abgedeckt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>changed meanwhile: left alone</source>
        <translation>zwischenzeitlich geändert: unverändert</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>will be restored</source>
        <translation>wird wiederhergestellt</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Add abort rule</source>
        <translation>Abbruchregel hinzufügen</translation>
    </message>
    <message>
        <source>PartSweep adds its own lifecycle rule to each bucket, so that multipart uploads left incomplete are aborted by the service after the days below. S3 replaces a bucket&apos;s whole configuration on each write: PartSweep reads it first and writes every existing rule back exactly as it was. Nothing is written until you confirm; each change is journaled and can be undone.</source>
        <translation>PartSweep fügt jedem Bucket eine eigene Lifecycle-Regel hinzu, damit unvollständig gebliebene mehrteilige Uploads nach den unten angegebenen Tagen vom Dienst abgebrochen werden. S3 ersetzt bei jedem Schreiben die gesamte Konfiguration eines Buckets: PartSweep liest sie zuerst und schreibt jede bestehende Regel genau so zurück, wie sie war. Nichts wird geschrieben, bevor Sie bestätigen; jede Änderung wird im Journal festgehalten und kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days after initiation</source>
        <translation>Tage nach dem Start</translation>
    </message>
    <message>
        <source>Abort incomplete uploads &amp;after:</source>
        <translation>Unvollständige Uploads abbrechen &amp;nach:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Reading the lifecycle configuration of %Ln bucket(s)…</source>
        <translation>
            <numerusform>Lifecycle-Konfiguration von %Ln Bucket wird gelesen…</numerusform>
            <numerusform>Lifecycle-Konfiguration von %Ln Buckets wird gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the rule to %Ln bucket(s)</source>
        <translation>
            <numerusform>Regel zu %Ln Bucket hinzufügen</numerusform>
            <numerusform>Regel zu %Ln Buckets hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s) will get the rule, %1 already covered, %2 left alone (not supported, refused or not understood). Every other rule is kept as it is.</source>
        <translation>
            <numerusform>%Ln Bucket erhält die Regel, %1 bereits abgedeckt, %2 unverändert (nicht unterstützt, verweigert oder nicht verstanden). Alle anderen Regeln bleiben, wie sie sind.</numerusform>
            <numerusform>%Ln Buckets erhalten die Regel, %1 bereits abgedeckt, %2 unverändert (nicht unterstützt, verweigert oder nicht verstanden). Alle anderen Regeln bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule aborts an upload %Ln day(s) after it began.</source>
        <translation>
            <numerusform>Die Regel bricht einen Upload %Ln Tag nach seinem Start ab.</numerusform>
            <numerusform>Die Regel bricht einen Upload %Ln Tage nach seinem Start ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified on %Ln bucket(s) (written, then read back as meant); %1 failed or left alone. Journal: %2</source>
        <translation>
            <numerusform>Auf %Ln Bucket verifiziert (geschrieben, dann wie beabsichtigt zurückgelesen); %1 fehlgeschlagen oder unverändert. Journal: %2</numerusform>
            <numerusform>Auf %Ln Buckets verifiziert (geschrieben, dann wie beabsichtigt zurückgelesen); %1 fehlgeschlagen oder unverändert. Journal: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln bucket(s) to what they held before; %1 left as they are (changed since, or failed: see each row). Journal: %2</source>
        <translation>
            <numerusform>%Ln Bucket auf den vorherigen Stand zurückgesetzt; %1 so belassen (inzwischen geändert oder fehlgeschlagen: siehe jeweilige Zeile). Journal: %2</numerusform>
            <numerusform>%Ln Buckets auf den vorherigen Stand zurückgesetzt; %1 so belassen (inzwischen geändert oder fehlgeschlagen: siehe jeweilige Zeile). Journal: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Writing and verifying…</source>
        <translation>Wird geschrieben und verifiziert…</translation>
    </message>
    <message>
        <source>Undo the change?</source>
        <translation>Änderung rückgängig machen?</translation>
    </message>
    <message>
        <source>Put back the lifecycle configuration each bucket held before (or none, where there was none)? Only buckets whose configuration is still what PartSweep wrote are changed.</source>
        <translation>Die Lifecycle-Konfiguration wiederherstellen, die jeder Bucket vorher hatte (oder keine, wo keine war)? Geändert werden nur Buckets, deren Konfiguration noch der von PartSweep geschriebenen entspricht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Restoring and verifying…</source>
        <translation>Wird wiederhergestellt und verifiziert…</translation>
    </message>
    <message>
        <source>Buckets and their rule</source>
        <translation>Buckets und ihre Regel</translation>
    </message>
    <message>
        <source>One row per bucket: what its lifecycle configuration holds and what adding the rule will change.</source>
        <translation>Eine Zeile pro Bucket: was seine Lifecycle-Konfiguration enthält und was das Hinzufügen der Regel ändert.</translation>
    </message>
</context>
<context>
    <name>PartSweep::LifecycleFlow</name>
    <message>
        <source>%1

The lifecycle configuration, read-only:
%2</source>
        <translation>%1

Die Lifecycle-Konfiguration, schreibgeschützt:
%2</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>PartSweep::MainWindow</name>
    <message>
        <source>The buckets could not be listed.</source>
        <translation>Die Buckets konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Cannot list buckets</source>
        <translation>Buckets können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Pending uploads may be hidden</source>
        <translation>Offene Uploads sind möglicherweise verborgen</translation>
    </message>
    <message>
        <source>%1 retried (attempt %2, in %3 ms): %4</source>
        <translation>%1 wiederholt (Versuch %2, in %3 ms): %4</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>The credentials last %1.</source>
        <translation>Die Anmeldedaten gelten %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Scanning: %1 of %2 buckets · uploads: %3 · pages: %4</source>
        <translation>Scan: %1 von %2 Buckets · Uploads: %3 · Seiten: %4</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>{n uploads} in {n buckets}</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s)</source>
        <translation>
            <numerusform>%Ln Upload</numerusform>
            <numerusform>%Ln Uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s)</source>
        <translation>
            <numerusform>%Ln Bucket</numerusform>
            <numerusform>%Ln Buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bucket(s) failed (see their rows)</source>
        <translation>
            <numerusform>%Ln Bucket fehlgeschlagen (siehe seine Zeile)</numerusform>
            <numerusform>%Ln Buckets fehlgeschlagen (siehe ihre Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sizing %Ln more</source>
        <translation>
            <numerusform>%Ln weitere Größe wird ermittelt</numerusform>
            <numerusform>%Ln weitere Größen werden ermittelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s) failed</source>
        <translation>
            <numerusform>%Ln Größenabfrage fehlgeschlagen</numerusform>
            <numerusform>%Ln Größenabfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message numerus="yes">
        <source>%1 pending; %Ln aborted and verified gone (%2 freed)</source>
        <translation>
            <numerusform>%1 offen; %Ln abgebrochen und nachweislich entfernt (%2 freigegeben)</numerusform>
            <numerusform>%1 offen; %Ln abgebrochen und nachweislich entfernt (%2 freigegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (sizes known for %2 of %Ln upload(s))</source>
        <translation>
            <numerusform>%1 (Größen bekannt für %2 von %Ln Upload)</numerusform>
            <numerusform>%1 (Größen bekannt für %2 von %Ln Uploads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <source>Oldest upload</source>
        <translation>Ältester Upload</translation>
    </message>
    <message>
        <source>%1 old (initiated %2)</source>
        <translation>%1 alt (gestartet am %2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Auflistung</translation>
    </message>
    <message>
        <source>Abort rule</source>
        <translation>Abbruchregel</translation>
    </message>
    <message>
        <source>Aborted and verified gone at %1: the server no longer lists it or its parts.</source>
        <translation>Um %1 abgebrochen und nachweislich entfernt: Der Server listet weder den Upload noch seine Teile mehr auf.</translation>
    </message>
    <message>
        <source>Select the uploads to abort first (Ctrl+A selects all that match the filter).</source>
        <translation>Wählen Sie zuerst die abzubrechenden Uploads aus (Strg+A wählt alle aus, die zum Filter passen).</translation>
    </message>
    <message>
        <source>About PartSweep</source>
        <translation>Über PartSweep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartSweep %1&lt;/h3&gt;&lt;p&gt;Finds the pending S3 multipart uploads that silently cost money, and aborts them safely, with verification and a report.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartSweep %1&lt;/h3&gt;&lt;p&gt;Findet die offenen mehrteiligen S3-Uploads, die unbemerkt Geld kosten, und bricht sie sicher ab, mit Verifizierung und Bericht.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose an AWS profile or an S3-compatible service</source>
        <translation>Ein AWS-Profil oder einen S3-kompatiblen Dienst wählen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List every bucket&apos;s pending uploads again (F5)</source>
        <translation>Die offenen Uploads aller Buckets erneut auflisten (F5)</translation>
    </message>
    <message>
        <source>S&amp;top scan</source>
        <translation>Scan s&amp;toppen</translation>
    </message>
    <message>
        <source>Fetch all &amp;sizes</source>
        <translation>Alle &amp;Größen abrufen</translation>
    </message>
    <message>
        <source>List the parts of every upload (one ListParts request each) to know every size. Sizes of the rows on screen and selected are fetched anyway.</source>
        <translation>Die Teile jedes Uploads auflisten (je eine ListParts-Anfrage), um alle Größen zu kennen. Die Größen sichtbarer und ausgewählter Zeilen werden ohnehin abgerufen.</translation>
    </message>
    <message>
        <source>&amp;Abort selected…</source>
        <translation>Auswahl a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Abort the selected uploads, after a confirmation (Del)</source>
        <translation>Die ausgewählten Uploads nach einer Bestätigung abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Add abort &amp;rule…</source>
        <translation>Abbruch&amp;regel hinzufügen…</translation>
    </message>
    <message>
        <source>Add a lifecycle rule that aborts incomplete uploads after some days to the selected buckets (all buckets when none is selected), keeping every existing rule; shows what will change first</source>
        <translation>Den ausgewählten Buckets (allen Buckets, wenn keiner ausgewählt ist) eine Lifecycle-Regel hinzufügen, die unvollständige Uploads nach einigen Tagen abbricht, unter Beibehaltung aller bestehenden Regeln; zeigt zuerst, was sich ändert</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>What storage costs, by region and storage class</source>
        <translation>Was Speicher kostet, nach Region und Speicherklasse</translation>
    </message>
    <message>
        <source>Select all &amp;matching</source>
        <translation>Alle &amp;passenden auswählen</translation>
    </message>
    <message>
        <source>Select every upload that matches the filter (Ctrl+A)</source>
        <translation>Alle Uploads auswählen, die zum Filter passen (Strg+A)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About PartSweep</source>
        <translation>&amp;Über PartSweep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Uploads of &amp;all buckets</source>
        <translation>Uploads aller B&amp;uckets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Filter keys: text anywhere, or prefix* (Ctrl+F)</source>
        <translation>Schlüssel filtern: Text an beliebiger Stelle oder Präfix* (Strg+F)</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Beliebiges Alter</translation>
    </message>
    <message>
        <source>Older than 1 d</source>
        <translation>Älter als 1 T</translation>
    </message>
    <message>
        <source>Older than 7 d</source>
        <translation>Älter als 7 T</translation>
    </message>
    <message>
        <source>Older than 30 d</source>
        <translation>Älter als 30 T</translation>
    </message>
    <message>
        <source>Older than 90 d</source>
        <translation>Älter als 90 T</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Beliebige Größe</translation>
    </message>
    <message>
        <source>At least 1 MiB</source>
        <translation>Mindestens 1 MiB</translation>
    </message>
    <message>
        <source>At least 100 MiB</source>
        <translation>Mindestens 100 MiB</translation>
    </message>
    <message>
        <source>At least 1 GiB</source>
        <translation>Mindestens 1 GiB</translation>
    </message>
    <message>
        <source>At least 10 GiB</source>
        <translation>Mindestens 10 GiB</translation>
    </message>
    <message>
        <source>Uploads whose size is not known yet are hidden by a size filter: use &quot;Fetch all sizes&quot; first.</source>
        <translation>Uploads, deren Größe noch nicht bekannt ist, werden von einem Größenfilter ausgeblendet: Verwenden Sie zuerst „Alle Größen abrufen“.</translation>
    </message>
    <message>
        <source>Any storage class</source>
        <translation>Alle Speicherklassen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Failed aborts</source>
        <translation>Fehlgeschlagene Abbrüche</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Bereinigt</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Which uploads to list: still pending (uploads a cleanup verified gone stay, struck through, until the filter changes), the failed aborts, the cleaned ones, or all</source>
        <translation>Welche Uploads aufgelistet werden: noch offene (von einer Bereinigung als entfernt verifizierte Uploads bleiben durchgestrichen stehen, bis sich der Filter ändert), fehlgeschlagene Abbrüche, bereinigte oder alle</translation>
    </message>
    <message>
        <source>Show uploads</source>
        <translation>Uploads anzeigen</translation>
    </message>
    <message>
        <source>Right-click to choose the columns; drag to reorder them.</source>
        <translation>Rechtsklick, um die Spalten zu wählen; ziehen, um sie neu anzuordnen.</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>Select buckets to show only their uploads; none selected shows all.</source>
        <translation>Wählen Sie Buckets aus, um nur deren Uploads anzuzeigen; ohne Auswahl werden alle angezeigt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>PartSweep::PreferencesDialog</name>
    <message>
        <source>&amp;Use list price</source>
        <translation>&amp;Listenpreis verwenden</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>What storage costs, in USD per GB-month (GB = 2&lt;sup&gt;30&lt;/sup&gt; bytes), by region and storage class. The list prices are AWS&apos;s of %1; change what differs for you (a discount, a newer price) or add a region. A price set on a connection (Wasabi, B2, R2, your own cluster) wins over this table; services without one show no cost.</source>
        <translation>Was Speicher kostet, in USD pro GB-Monat (GB = 2&lt;sup&gt;30&lt;/sup&gt; Bytes), nach Region und Speicherklasse. Die Listenpreise sind die von AWS (Stand: %1); ändern Sie, was bei Ihnen abweicht (ein Rabatt, ein neuerer Preis), oder fügen Sie eine Region hinzu. Ein an einer Verbindung festgelegter Preis (Wasabi, B2, R2, Ihr eigener Cluster) hat Vorrang vor dieser Tabelle; Dienste ohne Preis zeigen keine Kosten.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Storage prices</source>
        <translation>Speicherpreise</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>USD per GB-month</source>
        <translation>USD pro GB-Monat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Preis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A region or storage class the list does not hold</source>
        <translation>Eine Region oder Speicherklasse, die nicht in der Liste steht</translation>
    </message>
    <message>
        <source>Forget your price for this row (a row you added goes away)</source>
        <translation>Ihren Preis für diese Zeile verwerfen (eine von Ihnen hinzugefügte Zeile wird entfernt)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Storage &amp;prices</source>
        <translation>&amp;Speicherpreise</translation>
    </message>
    <message>
        <source>Your prices cannot be used, the list prices are shown: %1</source>
        <translation>Ihre Preise können nicht verwendet werden, die Listenpreise werden angezeigt: %1</translation>
    </message>
    <message>
        <source>not a price: USD per GB-month such as 0.0059</source>
        <translation>kein Preis: USD pro GB-Monat, etwa 0,0059</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>yours (list price %1)</source>
        <translation>eigener (Listenpreis %1)</translation>
    </message>
    <message>
        <source>list price of %1</source>
        <translation>Listenpreis vom %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>name the region (such as eu-central-1) and the storage class</source>
        <translation>Region (etwa eu-central-1) und Speicherklasse angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price in USD per GB-month (such as 0.0059)</source>
        <translation>&apos;%1&apos; ist kein Preis in USD pro GB-Monat (etwa 0,0059)</translation>
    </message>
</context>
<context>
    <name>PartSweep::SsoSignInDialog</name>
    <message>
        <source>Sign in to IAM Identity Center</source>
        <translation>Bei IAM Identity Center anmelden</translation>
    </message>
    <message>
        <source>Profile %1 signs in with IAM Identity Center, and it needs a new sign-in.</source>
        <translation>Profil %1 meldet sich über IAM Identity Center an und benötigt eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Profile %1 signs in with IAM Identity Center (%2), and it needs a new sign-in.</source>
        <translation>Profil %1 meldet sich über IAM Identity Center (%2) an und benötigt eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in opens your browser on the sign-in page. Check that the page shows the code displayed here, then approve the access. PartSweep and the AWS CLI share the sign-in.</source>
        <translation>„Anmelden“ öffnet Ihren Browser auf der Anmeldeseite. Prüfen Sie, ob die Seite den hier angezeigten Code zeigt, und genehmigen Sie dann den Zugriff. PartSweep und die AWS CLI teilen sich die Anmeldung.</translation>
    </message>
    <message>
        <source>Why a sign-in is needed</source>
        <translation>Warum eine Anmeldung nötig ist</translation>
    </message>
    <message>
        <source>Code to check on the sign-in page</source>
        <translation>Auf der Anmeldeseite zu prüfender Code</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Open the page again</source>
        <translation>Seite erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>Signed in until %1 UTC.</source>
        <translation>Angemeldet bis %1 UTC.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Asking IAM Identity Center for a sign-in code…</source>
        <translation>Anmeldecode wird bei IAM Identity Center angefordert…</translation>
    </message>
    <message>
        <source>Your browser opens %1. Check that it shows the code above and approve the access; PartSweep waits for the approval (the code works until %2 UTC).</source>
        <translation>Ihr Browser öffnet %1. Prüfen Sie, ob dort der obige Code angezeigt wird, und genehmigen Sie den Zugriff; PartSweep wartet auf die Genehmigung (der Code gilt bis %2 UTC).</translation>
    </message>
</context>
<context>
    <name>PartSweep::SummaryPane</name>
    <message>
        <source>no uploads</source>
        <translation>keine Uploads</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s), size not known yet</source>
        <translation>
            <numerusform>%Ln Upload, Größe noch nicht bekannt</numerusform>
            <numerusform>%Ln Uploads, Größe noch nicht bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s), at least %1 (%2 of them sized)</source>
        <translation>
            <numerusform>%Ln Upload, mindestens %1 (%2 davon mit bekannter Größe)</numerusform>
            <numerusform>%Ln Uploads, mindestens %1 (%2 davon mit bekannter Größe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upload(s), %1</source>
        <translation>
            <numerusform>%Ln Upload, %1</numerusform>
            <numerusform>%Ln Uploads, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cost a month</source>
        <translation>Kosten im Monat</translation>
    </message>
    <message>
        <source>What the charts show: uploads, the size of their parts, or what those parts cost a month</source>
        <translation>Was die Diagramme zeigen: Uploads, die Größe ihrer Teile oder was diese Teile im Monat kosten</translation>
    </message>
    <message>
        <source>Charts show</source>
        <translation>Diagramme zeigen</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Cost/month</source>
        <translation>Kosten/Monat</translation>
    </message>
    <message>
        <source>Cost so far (est.)</source>
        <translation>Bisher (geschätzt)</translation>
    </message>
    <message>
        <source>Matching filter</source>
        <translation>Filtertreffer</translation>
    </message>
    <message>
        <source>Matching size</source>
        <translation>Treffergröße</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Selected size</source>
        <translation>Auswahlgröße</translation>
    </message>
    <message>
        <source>An estimate: each upload&apos;s parts at their size now, since the upload was initiated</source>
        <translation>Eine Schätzung: die Teile jedes Uploads in ihrer jetzigen Größe, seit dem Start des Uploads</translation>
    </message>
    <message>
        <source>Waste by bucket</source>
        <translation>Verschwendung nach Bucket</translation>
    </message>
    <message>
        <source>Chart by bucket</source>
        <translation>Diagramm nach Bucket</translation>
    </message>
    <message>
        <source>Chart by age</source>
        <translation>Diagramm nach Alter</translation>
    </message>
    <message>
        <source>Chart by storage class</source>
        <translation>Diagramm nach Speicherklasse</translation>
    </message>
    <message>
        <source>, %1/month</source>
        <translation>, %1/Monat</translation>
    </message>
    <message>
        <source> (%1 so far, estimated)</source>
        <translation> (%1 bisher, geschätzt)</translation>
    </message>
    <message>
        <source> (some classes have no price)</source>
        <translation> (einige Klassen haben keinen Preis)</translation>
    </message>
    <message>
        <source>Total: %1  ·  Matching filter: %2  ·  Selected: %3</source>
        <translation>Gesamt: %1  ·  Filtertreffer: %2  ·  Ausgewählt: %3</translation>
    </message>
    <message>
        <source>  ·  Cost: %1</source>
        <translation>  ·  Kosten: %1</translation>
    </message>
    <message numerus="yes">
        <source>  ·  Cleaned: %Ln upload(s) verified gone, %1 freed</source>
        <translation>
            <numerusform>  ·  Bereinigt: %Ln Upload nachweislich entfernt, %1 freigegeben</numerusform>
            <numerusform>  ·  Bereinigt: %Ln Uploads nachweislich entfernt, %1 freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs a month by %1. What the uploads have cost so far is an estimate: each one&apos;s parts at their size now, since it was initiated.</source>
        <translation>Kosten im Monat gemäß %1. Was die Uploads bisher gekostet haben, ist eine Schätzung: die Teile jedes Uploads in ihrer jetzigen Größe, seit seinem Start.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in %2 of %Ln upload(s)</source>
        <translation>
            <numerusform>%1 Bytes in %2 von %Ln Upload</numerusform>
            <numerusform>%1 Bytes in %2 von %Ln Uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln upload(s) priced</source>
        <translation>
            <numerusform>%1 von %Ln Upload mit Preis</numerusform>
            <numerusform>%1 von %Ln Uploads mit Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Waste by bucket (MiB, sized uploads)</source>
        <translation>Verschwendung nach Bucket (MiB, Uploads mit Größe)</translation>
    </message>
    <message>
        <source>Waste by bucket (MiB)</source>
        <translation>Verschwendung nach Bucket (MiB)</translation>
    </message>
    <message>
        <source>By age (MiB, sized)</source>
        <translation>Nach Alter (MiB, mit Größe)</translation>
    </message>
    <message>
        <source>By age (MiB)</source>
        <translation>Nach Alter (MiB)</translation>
    </message>
    <message>
        <source>By class (MiB, sized)</source>
        <translation>Nach Klasse (MiB, mit Größe)</translation>
    </message>
    <message>
        <source>By class (MiB)</source>
        <translation>Nach Klasse (MiB)</translation>
    </message>
    <message>
        <source>USD a month</source>
        <translation>USD im Monat</translation>
    </message>
    <message>
        <source>Cost a month by bucket (sized uploads)</source>
        <translation>Kosten im Monat nach Bucket (Uploads mit Größe)</translation>
    </message>
    <message>
        <source>Cost a month by bucket</source>
        <translation>Kosten im Monat nach Bucket</translation>
    </message>
    <message>
        <source>By age (a month)</source>
        <translation>Nach Alter (im Monat)</translation>
    </message>
    <message>
        <source>By class (a month)</source>
        <translation>Nach Klasse (im Monat)</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Uploads by bucket</source>
        <translation>Uploads nach Bucket</translation>
    </message>
    <message>
        <source>Uploads by age</source>
        <translation>Uploads nach Alter</translation>
    </message>
    <message>
        <source>Uploads by class</source>
        <translation>Uploads nach Klasse</translation>
    </message>
    <message>
        <source>Char&amp;ts:</source>
        <translation>Dia&amp;gramme:</translation>
    </message>
</context>
<context>
    <name>WasteStats</name>
    <message>
        <source>0-1 d</source>
        <translation>0-1 T</translation>
    </message>
    <message>
        <source>1-7 d</source>
        <translation>1-7 T</translation>
    </message>
    <message>
        <source>7-30 d</source>
        <translation>7-30 T</translation>
    </message>
    <message>
        <source>30-90 d</source>
        <translation>30-90 T</translation>
    </message>
    <message>
        <source>90+ d</source>
        <translation>90+ T</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find and safely abort pending S3 multipart uploads.

With --profile or --endpoint-url the window opens connected and scans every bucket; the other options refine that connection.</source>
        <translation>Offene mehrteilige S3-Uploads finden und sicher abbrechen.

Mit --profile oder --endpoint-url öffnet sich das Fenster verbunden und scannt jeden Bucket; die anderen Optionen verfeinern diese Verbindung.</translation>
    </message>
</context>
</TS>
