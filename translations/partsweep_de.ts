<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Auth</name>
    <message>
        <source>%1 (%2).</source>
        <extracomment>%1: an error message without its final period; %2: where it happened (a profile, a file and line).</extracomment>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>The credentials from %1 expired at %2.</source>
        <translation>Die Anmeldedaten aus %1 sind am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Get fresh temporary credentials and try again.</source>
        <translation>Besorgen Sie neue temporäre Anmeldedaten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8 text.</source>
        <translation>%1: Die Zeile ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8.</source>
        <translation>Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>%1: the section [%2] appears a second time (first at line %3); the AWS CLI refuses such a file.</source>
        <translation>%1: Der Abschnitt [%2] kommt ein zweites Mal vor (zuerst in Zeile %3); die AWS CLI lehnt eine solche Datei ab.</translation>
    </message>
    <message>
        <source>Merge the two sections into one.</source>
        <translation>Führen Sie die beiden Abschnitte zu einem zusammen.</translation>
    </message>
    <message>
        <source>%1: a setting before the first section header such as [default].</source>
        <translation>%1: Eine Einstellung vor der ersten Abschnittsüberschrift wie [default].</translation>
    </message>
    <message>
        <source>Put every setting under a [section] header.</source>
        <translation>Stellen Sie jede Einstellung unter eine [Abschnitt]-Überschrift.</translation>
    </message>
    <message>
        <source>%1: a key set on line %2 is set again in the same section [%3]; the AWS CLI refuses such a file.</source>
        <translation>%1: Ein in Zeile %2 gesetzter Schlüssel wird im selben Abschnitt [%3] erneut gesetzt; die AWS CLI lehnt eine solche Datei ab.</translation>
    </message>
    <message>
        <source>Keep one of the two lines.</source>
        <translation>Behalten Sie nur eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>%1: the line is neither `key = value`, a [section] header nor a comment.</source>
        <translation>%1: Die Zeile ist weder `key = value` noch eine [Abschnitt]-Überschrift noch ein Kommentar.</translation>
    </message>
    <message>
        <source>%1: the line is neither `key = value`, a [section] header nor a comment (also lines %2).</source>
        <translation>%1: Die Zeile ist weder `key = value` noch eine [Abschnitt]-Überschrift noch ein Kommentar (ebenso die Zeilen %2).</translation>
    </message>
    <message>
        <source>Fix the line: a value that continues on the next line must be indented.</source>
        <translation>Korrigieren Sie die Zeile: Ein Wert, der in der nächsten Zeile weitergeht, muss eingerückt sein.</translation>
    </message>
    <message>
        <source>%1: the indented line under &apos;%2&apos; (line %3) is not `key = value`.</source>
        <translation>%1: Die eingerückte Zeile unter &apos;%2&apos; (Zeile %3) ist nicht `key = value`.</translation>
    </message>
    <message>
        <source>Indented lines after `%1 =` must each set one value.</source>
        <translation>Eingerückte Zeilen nach `%1 =` müssen jeweils einen Wert setzen.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 is not a valid command line (empty, or a quote is not closed).</source>
        <translation>Der credential_process von Profil %1 ist keine gültige Befehlszeile (leer, oder ein Anführungszeichen ist nicht geschlossen).</translation>
    </message>
    <message>
        <source>Quote arguments as in a POSIX shell.</source>
        <translation>Setzen Sie Argumente wie in einer POSIX-Shell in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 could not start %2: %3.</source>
        <translation>Der credential_process von Profil %1 konnte %2 nicht starten: %3.</translation>
    </message>
    <message>
        <source>Check the program&apos;s path and that it is executable.</source>
        <translation>Prüfen Sie den Pfad des Programms und ob es ausführbar ist.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) did not finish within %3 ms and was stopped.</source>
        <translation>Der credential_process von Profil %1 (%2) wurde nicht innerhalb von %3 ms fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>Run it by hand to see whether it waits for input or a sign-in.</source>
        <translation>Führen Sie ihn von Hand aus, um zu sehen, ob er auf eine Eingabe oder eine Anmeldung wartet.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) was killed by a signal.</source>
        <translation>Der credential_process von Profil %1 (%2) wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) was killed by a signal: %3.</source>
        <translation>Der credential_process von Profil %1 (%2) wurde durch ein Signal beendet: %3.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) failed with exit code %3 and printed nothing on stderr.</source>
        <translation>Der credential_process von Profil %1 (%2) ist mit Exit-Code %3 fehlgeschlagen und hat nichts auf stderr ausgegeben.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) failed with exit code %3: %4.</source>
        <translation>Der credential_process von Profil %1 (%2) ist mit Exit-Code %3 fehlgeschlagen: %4.</translation>
    </message>
    <message>
        <source>Run it by hand to see the whole message.</source>
        <translation>Führen Sie ihn von Hand aus, um die vollständige Meldung zu sehen.</translation>
    </message>
    <message>
        <source>The credential_process of profile %1 (%2) did not print the expected JSON: %3.</source>
        <extracomment>%3: what is wrong with the program&apos;s output.</extracomment>
        <translation>Der credential_process von Profil %1 (%2) hat nicht das erwartete JSON ausgegeben: %3.</translation>
    </message>
    <message>
        <source>It must print {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...}.</source>
        <translation>Er muss {&quot;Version&quot;: 1, &quot;AccessKeyId&quot;: ..., &quot;SecretAccessKey&quot;: ..., &quot;SessionToken&quot;: ..., &quot;Expiration&quot;: ...} ausgeben.</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;Version&quot; is missing or not 1, the only version there is</source>
        <translation>&quot;Version&quot; fehlt oder ist nicht 1, die einzige existierende Version</translation>
    </message>
    <message>
        <source>&quot;AccessKeyId&quot; or &quot;SecretAccessKey&quot; is missing or empty</source>
        <translation>&quot;AccessKeyId&quot; oder &quot;SecretAccessKey&quot; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process von Profil %1</translation>
    </message>
    <message>
        <source>&quot;Expiration&quot; is not an ISO 8601 time</source>
        <translation>&quot;Expiration&quot; ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>The program handed out credentials that had already expired; run it by hand, sign in again if it asks, and retry.</source>
        <translation>Das Programm hat bereits abgelaufene Anmeldedaten geliefert; führen Sie es von Hand aus, melden Sie sich erneut an, falls es danach fragt, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1: profile %2 sets aws_access_key_id but %3 is empty or missing.</source>
        <translation>%1: Profil %2 setzt aws_access_key_id, aber %3 ist leer oder fehlt.</translation>
    </message>
    <message>
        <source>Set both aws_access_key_id and aws_secret_access_key in %1 of %2.</source>
        <translation>Setzen Sie sowohl aws_access_key_id als auch aws_secret_access_key in %1 von %2.</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>Profil %1 in %2</translation>
    </message>
    <message>
        <source>The %1 endpoint %2 is not an http:// or https:// URL.</source>
        <translation>Der %1-Endpunkt %2 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Fix %1, AWS_ENDPOINT_URL or endpoint_url.</source>
        <translation>Korrigieren Sie %1, AWS_ENDPOINT_URL oder endpoint_url.</translation>
    </message>
    <message>
        <source>%1: profile %2 signs in with IAM Identity Center but has no %3.</source>
        <translation>%1: Profil %2 meldet sich über IAM Identity Center an, hat aber kein %3.</translation>
    </message>
    <message>
        <source>Run `aws configure sso --profile %1`, or add %2.</source>
        <translation>Führen Sie `aws configure sso --profile %1` aus oder ergänzen Sie %2.</translation>
    </message>
    <message>
        <source>%1: profile %2 names sso_session %3, but %4 has no [sso-session %3].</source>
        <translation>%1: Profil %2 nennt sso_session %3, aber %4 enthält kein [sso-session %3].</translation>
    </message>
    <message>
        <source>Run `aws configure sso-session`, or fix the name.</source>
        <translation>Führen Sie `aws configure sso-session` aus oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>%1: [sso-session %2] needs sso_start_url and sso_region.</source>
        <translation>%1: [sso-session %2] braucht sso_start_url und sso_region.</translation>
    </message>
    <message>
        <source>Run `aws configure sso-session`.</source>
        <translation>Führen Sie `aws configure sso-session` aus.</translation>
    </message>
    <message>
        <source>%1: %2 of profile %3 differs from that of [sso-session %4].</source>
        <translation>%1: %2 von Profil %3 weicht vom Wert in [sso-session %4] ab.</translation>
    </message>
    <message>
        <source>Remove it from the profile.</source>
        <translation>Entfernen Sie den Eintrag aus dem Profil.</translation>
    </message>
    <message>
        <source>The web identity token file %1 (%2) cannot be read: %3.</source>
        <translation>Die Web-Identity-Token-Datei %1 (%2) kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>On Kubernetes (EKS), check the service account&apos;s token is mounted; elsewhere, check the path.</source>
        <translation>Prüfen Sie unter Kubernetes (EKS), ob das Token des Dienstkontos eingebunden ist, andernfalls den Pfad.</translation>
    </message>
    <message>
        <source>web identity token from %1</source>
        <translation>Web-Identity-Token aus %1</translation>
    </message>
    <message>
        <source>role %1 assumed with the web identity token of %2</source>
        <translation>Rolle %1, übernommen mit dem Web-Identity-Token aus %2</translation>
    </message>
    <message>
        <source>%1: profile %2 sets both source_profile and credential_source; a role profile takes exactly one.</source>
        <translation>%1: Profil %2 setzt sowohl source_profile als auch credential_source; ein Rollenprofil verwendet genau eines davon.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>%1: profile %2 assumes role %3 but names neither source_profile nor credential_source, so there are no credentials to assume it with.</source>
        <translation>%1: Profil %2 übernimmt die Rolle %3, nennt aber weder source_profile noch credential_source; es gibt also keine Anmeldedaten, mit denen sie übernommen werden kann.</translation>
    </message>
    <message>
        <source>Add source_profile = &lt;a profile with keys&gt; to the profile.</source>
        <translation>Ergänzen Sie das Profil um source_profile = &lt;ein Profil mit Schlüsseln&gt;.</translation>
    </message>
    <message>
        <source>%1: duration_seconds of profile %2 is %3; it must be a number of seconds from 900 to 43200.</source>
        <translation>%1: duration_seconds von Profil %2 ist %3; der Wert muss eine Anzahl Sekunden von 900 bis 43200 sein.</translation>
    </message>
    <message>
        <source>Fix the value, or remove it for the role&apos;s default (1 hour).</source>
        <translation>Korrigieren Sie den Wert oder entfernen Sie ihn, um die Standarddauer der Rolle (1 Stunde) zu verwenden.</translation>
    </message>
    <message>
        <source>role %1 of profile %2 (cached in %3)</source>
        <translation>Rolle %1 von Profil %2 (zwischengespeichert in %3)</translation>
    </message>
    <message>
        <source>Profile %1 assumes role %2 with an MFA device (mfa_serial %3), and no MFA code can be asked here.</source>
        <translation>Profil %1 übernimmt die Rolle %2 mit einem MFA-Gerät (mfa_serial %3), und hier kann kein MFA-Code abgefragt werden.</translation>
    </message>
    <message>
        <source>Run partsweep-cli on a terminal, or connect in PartSweep&apos;s window: both ask for the code.</source>
        <translation>Führen Sie partsweep-cli in einem Terminal aus oder verbinden Sie sich im Fenster von PartSweep: Beide fragen nach dem Code.</translation>
    </message>
    <message>
        <source>profile %1, role_arn at %2, source: %3</source>
        <translation>Profil %1, role_arn in %2, Quelle: %3</translation>
    </message>
    <message>
        <source>role %1 of profile %2, assumed with %3</source>
        <translation>Rolle %1 von Profil %2, übernommen mit %3</translation>
    </message>
    <message>
        <source>%1: profile %2 takes its credentials from source_profile %3, which does not exist.</source>
        <translation>%1: Profil %2 bezieht seine Anmeldedaten aus source_profile %3, das nicht existiert.</translation>
    </message>
    <message>
        <source>Create the profile %1 or fix the name.</source>
        <translation>Legen Sie das Profil %1 an oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>%1: the source profiles of profile %2 loop: %3.</source>
        <translation>%1: Die Quellprofile von Profil %2 bilden eine Schleife: %3.</translation>
    </message>
    <message>
        <source>End the chain with a profile that holds keys.</source>
        <translation>Beenden Sie die Kette mit einem Profil, das Schlüssel enthält.</translation>
    </message>
    <message>
        <source>%1: profile %2 is its own source_profile but holds no keys.</source>
        <translation>%1: Profil %2 ist sein eigenes source_profile, enthält aber keine Schlüssel.</translation>
    </message>
    <message>
        <source>Name another profile as source_profile.</source>
        <translation>Geben Sie ein anderes Profil als source_profile an.</translation>
    </message>
    <message>
        <source>%1: source_profile %2 of profile %3 has no credentials (no keys, no IAM Identity Center sign-in, no credential_process, no role_arn).</source>
        <translation>%1: source_profile %2 von Profil %3 hat keine Anmeldedaten (keine Schlüssel, keine Anmeldung über IAM Identity Center, kein credential_process, keine role_arn).</translation>
    </message>
    <message>
        <source>Give profile %1 keys (`aws configure --profile %1`).</source>
        <translation>Hinterlegen Sie Schlüssel für Profil %1 (`aws configure --profile %1`).</translation>
    </message>
    <message>
        <source>%1: profile %2 takes its source credentials from the environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set.</source>
        <translation>%1: Profil %2 bezieht seine Quell-Anmeldedaten aus der Umgebung, aber AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind nicht beide gesetzt.</translation>
    </message>
    <message>
        <source>Export both variables, or use source_profile.</source>
        <translation>Exportieren Sie beide Variablen oder verwenden Sie source_profile.</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID)</source>
        <translation>der Umgebung (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>%1: profile %2 takes its source credentials from %3, and no container credentials endpoint is set (AWS_CONTAINER_CREDENTIALS_*).</source>
        <translation>%1: Profil %2 bezieht seine Quell-Anmeldedaten aus %3, aber es ist kein Endpunkt für Container-Anmeldedaten gesetzt (AWS_CONTAINER_CREDENTIALS_*).</translation>
    </message>
    <message>
        <source>%1: profile %2 takes its source credentials from %3, and the instance metadata gave none: %4.</source>
        <translation>%1: Profil %2 bezieht seine Quell-Anmeldedaten aus %3, aber die Instanzmetadaten lieferten keine: %4.</translation>
    </message>
    <message>
        <source>Run it where that source exists, or use source_profile.</source>
        <translation>Führen Sie PartSweep dort aus, wo diese Quelle vorhanden ist, oder verwenden Sie source_profile.</translation>
    </message>
    <message>
        <source>%1: credential_source of profile %2 is %3; it must be Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>%1: credential_source von Profil %2 ist %3; der Wert muss Environment, Ec2InstanceMetadata oder EcsContainer sein.</translation>
    </message>
    <message>
        <source>Fix the value.</source>
        <translation>Korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>Profile %1 does not sign in with IAM Identity Center (no sso_session or sso_start_url in %2).</source>
        <translation>Profil %1 meldet sich nicht über IAM Identity Center an (kein sso_session oder sso_start_url in %2).</translation>
    </message>
    <message>
        <source>Run `aws configure sso --profile %1` first.</source>
        <translation>Führen Sie zuerst `aws configure sso --profile %1` aus.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it was skipped, as the AWS CLI skips it.</source>
        <translation>%1 konnte nicht gelesen werden (%2); die Datei wurde übersprungen, wie es auch die AWS CLI tut.</translation>
    </message>
    <message>
        <source>given explicitly</source>
        <extracomment>How the profile was chosen, shown in parentheses after its name.</extracomment>
        <translation>ausdrücklich angegeben</translation>
    </message>
    <message>
        <source>%1=%2 ignored because profile %3 was given explicitly.</source>
        <translation>%1=%2 ignoriert, weil Profil %3 ausdrücklich angegeben wurde.</translation>
    </message>
    <message>
        <source>from AWS_PROFILE</source>
        <translation>aus AWS_PROFILE</translation>
    </message>
    <message>
        <source>AWS_DEFAULT_PROFILE=%1 ignored because AWS_PROFILE=%2 is set.</source>
        <translation>AWS_DEFAULT_PROFILE=%1 ignoriert, weil AWS_PROFILE=%2 gesetzt ist.</translation>
    </message>
    <message>
        <source>from AWS_DEFAULT_PROFILE</source>
        <translation>aus AWS_DEFAULT_PROFILE</translation>
    </message>
    <message>
        <source>%1 (no such file)</source>
        <extracomment>%1: the path of a file that does not exist.</extracomment>
        <translation>%1 (Datei existiert nicht)</translation>
    </message>
    <message>
        <source>searched %1 in %2 and %3 in %4</source>
        <translation>gesucht wurde %1 in %2 und %3 in %4</translation>
    </message>
    <message>
        <source>The profile %1 (%2) does not exist (%3); ignored because keys were entered.</source>
        <translation>Das Profil %1 (%2) existiert nicht (%3); ignoriert, weil Schlüssel eingegeben wurden.</translation>
    </message>
    <message>
        <source>The profile %1 (%2) was not found: %3.</source>
        <translation>Das Profil %1 (%2) wurde nicht gefunden: %3.</translation>
    </message>
    <message>
        <source>Check the spelling, or create the profile with `aws configure --profile %1`.</source>
        <translation>Prüfen Sie die Schreibweise oder legen Sie das Profil mit `aws configure --profile %1` an.</translation>
    </message>
    <message>
        <source>Only part of the keys was entered.</source>
        <translation>Es wurde nur ein Teil der Schlüssel eingegeben.</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or clear both to use a profile.</source>
        <translation>Geben Sie sowohl die ID des Zugriffsschlüssels als auch den geheimen Schlüssel ein, oder leeren Sie beide Felder, um ein Profil zu verwenden.</translation>
    </message>
    <message>
        <source>entered in PartSweep</source>
        <extracomment>Where the credentials come from, e.g. in &quot;Access key %1 from %2.&quot;</extracomment>
        <translation>der Eingabe in PartSweep</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID ignored because keys were entered in PartSweep.</source>
        <translation>AWS_ACCESS_KEY_ID ignoriert, weil in PartSweep Schlüssel eingegeben wurden.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ignored because profile %1 was given explicitly (the AWS CLI does the same with --profile).</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY ignoriert, weil Profil %1 ausdrücklich angegeben wurde (die AWS CLI verhält sich mit --profile genauso).</translation>
    </message>
    <message>
        <source>the environment (ignored: profile given explicitly)</source>
        <translation>die Umgebung (ignoriert: Profil ausdrücklich angegeben)</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht.</translation>
    </message>
    <message>
        <source>Set both variables, or unset AWS_ACCESS_KEY_ID to use a profile.</source>
        <translation>Setzen Sie beide Variablen oder entfernen Sie AWS_ACCESS_KEY_ID, um ein Profil zu verwenden.</translation>
    </message>
    <message>
        <source>environment (AWS_ACCESS_KEY_ID)</source>
        <translation>der Umgebung (AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time.</source>
        <translation>AWS_CREDENTIAL_EXPIRATION ist keine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>Use a time like 2030-01-31T12:00:00Z, or unset it.</source>
        <translation>Verwenden Sie eine Zeitangabe wie 2030-01-31T12:00:00Z oder entfernen Sie die Variable.</translation>
    </message>
    <message>
        <source>The keys in AWS_ACCESS_KEY_ID take precedence over the credentials of profile %1 (%2), as in the AWS CLI; unset them to use the profile&apos;s.</source>
        <translation>Die Schlüssel in AWS_ACCESS_KEY_ID haben Vorrang vor den Anmeldedaten von Profil %1 (%2), wie in der AWS CLI; entfernen Sie die Variablen, um die des Profils zu verwenden.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY ignored because AWS_ACCESS_KEY_ID is not set.</source>
        <translation>AWS_SECRET_ACCESS_KEY ignoriert, weil AWS_ACCESS_KEY_ID nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>the environment (AWS_ACCESS_KEY_ID not set)</source>
        <translation>die Umgebung (AWS_ACCESS_KEY_ID nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: profile %2 has web_identity_token_file but no role_arn to assume with the token.</source>
        <translation>%1: Profil %2 hat web_identity_token_file, aber keine role_arn, die mit dem Token übernommen werden kann.</translation>
    </message>
    <message>
        <source>Add role_arn to the profile.</source>
        <translation>Ergänzen Sie das Profil um role_arn.</translation>
    </message>
    <message>
        <source>login_session at %1</source>
        <translation>login_session in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>One place searched for keys: a section header such as [prod] (%1) in a file (%2).</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>credential_process at %1</source>
        <translation>credential_process in %1</translation>
    </message>
    <message>
        <source>container credentials (AWS_CONTAINER_CREDENTIALS_* not set)</source>
        <translation>Container-Anmeldedaten (AWS_CONTAINER_CREDENTIALS_* nicht gesetzt)</translation>
    </message>
    <message>
        <source>EC2 instance metadata (%1)</source>
        <translation>EC2-Instanzmetadaten (%1)</translation>
    </message>
    <message>
        <source>No credentials found for profile %1; searched %2.</source>
        <translation>Keine Anmeldedaten für Profil %1 gefunden; durchsucht: %2.</translation>
    </message>
    <message>
        <source>Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run `aws configure%1`, or enter keys in PartSweep.</source>
        <translation>Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, führen Sie `aws configure%1` aus oder geben Sie Schlüssel in PartSweep ein.</translation>
    </message>
    <message>
        <source>AWS_DEFAULT_REGION=%1 ignored because AWS_REGION=%2 is set.</source>
        <translation>AWS_DEFAULT_REGION=%1 ignoriert, weil AWS_REGION=%2 gesetzt ist.</translation>
    </message>
    <message>
        <source>No region set (region option, AWS_REGION, AWS_DEFAULT_REGION or region in profile %1); using %2.</source>
        <translation>Keine Region gesetzt (Regionsoption, AWS_REGION, AWS_DEFAULT_REGION oder region in Profil %1); %2 wird verwendet.</translation>
    </message>
    <message>
        <source>Configured endpoint URLs ignored (ignore_configured_endpoint_urls is true).</source>
        <translation>Konfigurierte Endpunkt-URLs ignoriert (ignore_configured_endpoint_urls ist true).</translation>
    </message>
    <message>
        <source>AWS_ENDPOINT_URL=%1 ignored because AWS_ENDPOINT_URL_S3=%2 is set.</source>
        <translation>AWS_ENDPOINT_URL=%1 ignoriert, weil AWS_ENDPOINT_URL_S3=%2 gesetzt ist.</translation>
    </message>
    <message>
        <source>%1: profile %2 refers to the section [services %3], which does not exist in %4.</source>
        <translation>%1: Profil %2 verweist auf den Abschnitt [services %3], der in %4 nicht existiert.</translation>
    </message>
    <message>
        <source>Add the [services %1] section or remove the services line.</source>
        <translation>Legen Sie den Abschnitt [services %1] an oder entfernen Sie die Zeile services.</translation>
    </message>
    <message>
        <source>Endpoint %1 taken from s3.endpoint_url of profile %2 (%3), the awscli-plugin-endpoint convention; the AWS CLI without that plugin ignores it (it reads endpoint_url or a [services] section).</source>
        <translation>Endpunkt %1 aus s3.endpoint_url von Profil %2 (%3) übernommen, nach der Konvention von awscli-plugin-endpoint; die AWS CLI ohne dieses Plugin ignoriert ihn (sie liest endpoint_url oder einen [services]-Abschnitt).</translation>
    </message>
    <message>
        <source>%1: s3.addressing_style of profile %2 is %3; it must be auto, path or virtual.</source>
        <translation>%1: s3.addressing_style von Profil %2 ist %3; der Wert muss auto, path oder virtual sein.</translation>
    </message>
    <message>
        <source>Fix the value in %1.</source>
        <translation>Korrigieren Sie den Wert in %1.</translation>
    </message>
    <message>
        <source>Sign in again: `aws login --profile %1`.</source>
        <translation>Melden Sie sich erneut an: `aws login --profile %1`.</translation>
    </message>
    <message>
        <source>The key of the `aws login` session (dpopKey) is not a P-256 private key PartSweep can sign with.</source>
        <translation>Der Schlüssel der `aws login`-Sitzung (dpopKey) ist kein privater P-256-Schlüssel, mit dem PartSweep signieren kann.</translation>
    </message>
    <message>
        <source>Sign in again with `aws login`.</source>
        <translation>Melden Sie sich mit `aws login` erneut an.</translation>
    </message>
    <message>
        <source>The `aws login` session&apos;s key could not sign the refresh.</source>
        <translation>Der Schlüssel der `aws login`-Sitzung konnte die Erneuerung nicht signieren.</translation>
    </message>
    <message>
        <source>the `aws login` session of profile %1 (%2)</source>
        <translation>der `aws login`-Sitzung von Profil %1 (%2)</translation>
    </message>
    <message>
        <source>Profile %1 signs in with `aws login` (session %2), and there is no sign-in to use (no usable credentials in %3).</source>
        <translation>Profil %1 meldet sich mit `aws login` an (Sitzung %2), und es gibt keine nutzbare Anmeldung (keine verwendbaren Anmeldedaten in %3).</translation>
    </message>
    <message>
        <source>no credentials in the answer</source>
        <translation>keine Anmeldedaten in der Antwort</translation>
    </message>
    <message>
        <source>The `aws login` session of profile %1 expired at %2 UTC.</source>
        <translation>Die `aws login`-Sitzung von Profil %1 ist am %2 UTC abgelaufen.</translation>
    </message>
    <message>
        <source>The `aws login` session of profile %1 expired at %2 UTC; refreshing it failed: %3.</source>
        <translation>Die `aws login`-Sitzung von Profil %1 ist am %2 UTC abgelaufen; die Erneuerung ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>The `aws login` session of profile %1 expired at %2 UTC; refreshing it failed: %3 (HTTP %4).</source>
        <translation>Die `aws login`-Sitzung von Profil %1 ist am %2 UTC abgelaufen; die Erneuerung ist fehlgeschlagen: %3 (HTTP %4).</translation>
    </message>
    <message>
        <source>%1 answered, but not with credentials (AccessKeyId, SecretAccessKey, Token, Expiration).</source>
        <extracomment>%1: the credentials service, e.g. &quot;container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)&quot;.</extracomment>
        <translation>%1 hat geantwortet, aber nicht mit Anmeldedaten (AccessKeyId, SecretAccessKey, Token, Expiration).</translation>
    </message>
    <message>
        <source>Check the endpoint is the credentials service.</source>
        <translation>Prüfen Sie, ob der Endpunkt der Dienst für Anmeldedaten ist.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL.</source>
        <translation>%1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Fix it.</source>
        <translation>Korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>%1 names %2 over plain http; only https, a loopback address or the container credentials addresses (169.254.170.2, 169.254.170.23, fd00:ec2::23) may be used.</source>
        <translation>%1 nennt %2 über unverschlüsseltes http; nur https, eine Loopback-Adresse oder die Adressen für Container-Anmeldedaten (169.254.170.2, 169.254.170.23, fd00:ec2::23) sind erlaubt.</translation>
    </message>
    <message>
        <source>Use https, or the agent&apos;s local address.</source>
        <translation>Verwenden Sie https oder die lokale Adresse des Agenten.</translation>
    </message>
    <message>
        <source>The container authorization token file %1 (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) cannot be read: %2.</source>
        <translation>Die Datei mit dem Container-Autorisierungstoken %1 (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the file is mounted into the container.</source>
        <translation>Prüfen Sie, ob die Datei in den Container eingebunden ist.</translation>
    </message>
    <message>
        <source>The container authorization token contains a line break; it is not sent.</source>
        <translation>Das Container-Autorisierungstoken enthält einen Zeilenumbruch; es wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Check AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE).</source>
        <translation>Prüfen Sie AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE).</translation>
    </message>
    <message>
        <source>container credentials (%1)</source>
        <translation>Container-Anmeldedaten (%1)</translation>
    </message>
    <message>
        <source>The container credentials endpoint %1 (%2) could not be reached: %3.</source>
        <translation>Der Endpunkt für Container-Anmeldedaten %1 (%2) war nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>Check the task or pod has a role and the credentials agent runs.</source>
        <translation>Prüfen Sie, ob der Task oder Pod eine Rolle hat und der Agent für Anmeldedaten läuft.</translation>
    </message>
    <message>
        <source>The container credentials endpoint %1 (%2) answered HTTP %3.</source>
        <translation>Der Endpunkt für Container-Anmeldedaten %1 (%2) hat mit HTTP %3 geantwortet.</translation>
    </message>
    <message>
        <source>Check the authorization token and that the task or pod has a role.</source>
        <translation>Prüfen Sie das Autorisierungstoken und ob der Task oder Pod eine Rolle hat.</translation>
    </message>
    <message>
        <source>turned off by AWS_EC2_METADATA_DISABLED</source>
        <translation>abgeschaltet durch AWS_EC2_METADATA_DISABLED</translation>
    </message>
    <message>
        <source>no answer at %1: not on EC2</source>
        <translation>keine Antwort von %1: nicht auf EC2</translation>
    </message>
    <message>
        <source>no session token (%1) and IMDSv1 disabled</source>
        <translation>kein Sitzungstoken (%1) und IMDSv1 deaktiviert</translation>
    </message>
    <message>
        <source>the instance has no IAM role</source>
        <translation>die Instanz hat keine IAM-Rolle</translation>
    </message>
    <message>
        <source>no role named at %1 (%2)</source>
        <translation>keine Rolle unter %1 genannt (%2)</translation>
    </message>
    <message>
        <source>no credentials for role %1 (%2)</source>
        <translation>keine Anmeldedaten für Rolle %1 (%2)</translation>
    </message>
    <message>
        <source>EC2 instance metadata (role %1, IMDSv1)</source>
        <translation>EC2-Instanzmetadaten (Rolle %1, IMDSv1)</translation>
    </message>
    <message>
        <source>EC2 instance metadata (role %1)</source>
        <translation>EC2-Instanzmetadaten (Rolle %1)</translation>
    </message>
    <message>
        <source>Sign in again: `aws sso login --profile %1` or %2 (both tools share the sign-in).</source>
        <extracomment>%2: where PartSweep&apos;s window offers the sign-in.</extracomment>
        <translation>Melden Sie sich erneut an: `aws sso login --profile %1` oder %2 (beide Programme teilen sich die Anmeldung).</translation>
    </message>
    <message>
        <source>start URL %1</source>
        <translation>Start-URL %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Profile %1 signs in with IAM Identity Center (%2), and there is no sign-in to use (no token in %3).</source>
        <translation>Profil %1 meldet sich über IAM Identity Center an (%2), und es gibt keine nutzbare Anmeldung (kein Token in %3).</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 (%2) expired at %3 UTC.</source>
        <translation>Die Anmeldung bei IAM Identity Center für Profil %1 (%2) ist am %3 UTC abgelaufen.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 (%2) expired at %3 UTC; refreshing it failed: %4.</source>
        <translation>Die Anmeldung bei IAM Identity Center für Profil %1 (%2) ist am %3 UTC abgelaufen; die Erneuerung ist fehlgeschlagen: %4.</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 (%2) expired at %3 UTC; refreshing it failed: %4 (HTTP %5).</source>
        <translation>Die Anmeldung bei IAM Identity Center für Profil %1 (%2) ist am %3 UTC abgelaufen; die Erneuerung ist fehlgeschlagen: %4 (HTTP %5).</translation>
    </message>
    <message>
        <source>role %1 of account %2</source>
        <translation>Rolle %1 von Konto %2</translation>
    </message>
    <message>
        <source>The IAM Identity Center portal %1 could not be reached (profile %2): %3.</source>
        <translation>Das IAM-Identity-Center-Portal %1 war nicht erreichbar (Profil %2): %3.</translation>
    </message>
    <message>
        <source>Check the network, or sso_region.</source>
        <translation>Prüfen Sie das Netzwerk oder sso_region.</translation>
    </message>
    <message>
        <source>IAM Identity Center refused the sign-in of profile %1 for %2 (HTTP %3).</source>
        <translation>IAM Identity Center hat die Anmeldung von Profil %1 für %2 abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <source>IAM Identity Center refused the sign-in of profile %1 for %2 (HTTP %3: %4).</source>
        <translation>IAM Identity Center hat die Anmeldung von Profil %1 für %2 abgelehnt (HTTP %3: %4).</translation>
    </message>
    <message>
        <source>Check sso_account_id and sso_role_name: the user may not be assigned that role.</source>
        <translation>Prüfen Sie sso_account_id und sso_role_name: Dem Benutzer ist diese Rolle möglicherweise nicht zugewiesen.</translation>
    </message>
    <message>
        <source>IAM Identity Center answered HTTP %1 for %2 (profile %3).</source>
        <translation>IAM Identity Center hat für %2 mit HTTP %1 geantwortet (Profil %3).</translation>
    </message>
    <message>
        <source>Try again later, or check the profile&apos;s sso_* settings.</source>
        <translation>Versuchen Sie es später erneut oder prüfen Sie die sso_*-Einstellungen des Profils.</translation>
    </message>
    <message>
        <source>IAM Identity Center, %1 (profile %2)</source>
        <translation>IAM Identity Center, %1 (Profil %2)</translation>
    </message>
    <message>
        <source>IAM Identity Center answered without complete credentials for %1.</source>
        <translation>IAM Identity Center hat ohne vollständige Anmeldedaten für %1 geantwortet.</translation>
    </message>
    <message>
        <source>Check the portal endpoint.</source>
        <translation>Prüfen Sie den Portal-Endpunkt.</translation>
    </message>
    <message>
        <source>Signing in to IAM Identity Center for profile %1 failed at the client registration: %2.</source>
        <translation>Die Anmeldung bei IAM Identity Center für Profil %1 ist bei der Client-Registrierung fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Signing in to IAM Identity Center for profile %1 failed at the device authorization: %2.</source>
        <translation>Die Anmeldung bei IAM Identity Center für Profil %1 ist bei der Geräteautorisierung fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Check sso_start_url and sso_region, and the network.</source>
        <translation>Prüfen Sie sso_start_url, sso_region und das Netzwerk.</translation>
    </message>
    <message>
        <source>Signing in for profile %1 was cancelled.</source>
        <translation>Die Anmeldung für Profil %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in, but the token could not be saved in %1.</source>
        <translation>Angemeldet, aber das Token konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Check the folder can be written.</source>
        <translation>Prüfen Sie, ob in den Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>IAM Identity Center did not sign in profile %1: %2 (HTTP %3).</source>
        <translation>IAM Identity Center hat Profil %1 nicht angemeldet: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Approve the request on the page shown, or start again.</source>
        <translation>Bestätigen Sie die Anfrage auf der angezeigten Seite oder beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in code for profile %1 expired before it was approved.</source>
        <translation>Der Anmeldecode für Profil %1 ist abgelaufen, bevor er bestätigt wurde.</translation>
    </message>
    <message>
        <source>Start again and approve the request on the page shown.</source>
        <translation>Beginnen Sie erneut und bestätigen Sie die Anfrage auf der angezeigten Seite.</translation>
    </message>
    <message>
        <source>Check the role&apos;s trust policy allows the source identity to assume it (sts:AssumeRole), and the ExternalId or MFA it asks for.</source>
        <translation>Prüfen Sie, ob die Vertrauensrichtlinie der Rolle der Quellidentität erlaubt, sie zu übernehmen (sts:AssumeRole), und welche ExternalId oder MFA sie verlangt.</translation>
    </message>
    <message>
        <source>The source credentials were refused: check the source profile&apos;s keys, or sign in again.</source>
        <translation>Die Quell-Anmeldedaten wurden abgelehnt: Prüfen Sie die Schlüssel des Quellprofils oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The web identity token was refused: check the token file is current.</source>
        <translation>Das Web-Identity-Token wurde abgelehnt: Prüfen Sie, ob die Token-Datei aktuell ist.</translation>
    </message>
    <message>
        <source>The role does not exist: check role_arn in the profile.</source>
        <translation>Die Rolle existiert nicht: Prüfen Sie role_arn im Profil.</translation>
    </message>
    <message>
        <source>Check role_arn, role_session_name and duration_seconds in the profile.</source>
        <translation>Prüfen Sie role_arn, role_session_name und duration_seconds im Profil.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s role_arn and that STS is reachable.</source>
        <translation>Prüfen Sie die role_arn des Profils und ob STS erreichbar ist.</translation>
    </message>
    <message>
        <source>STS at %1 could not be reached (assuming role %2): %3.</source>
        <translation>STS unter %1 war nicht erreichbar (beim Übernehmen der Rolle %2): %3.</translation>
    </message>
    <message>
        <source>Check the network, or the STS endpoint (AWS_ENDPOINT_URL_STS).</source>
        <translation>Prüfen Sie das Netzwerk oder den STS-Endpunkt (AWS_ENDPOINT_URL_STS).</translation>
    </message>
    <message>
        <source>STS refused to let PartSweep assume role %1: %2 (HTTP %3).</source>
        <translation>STS hat PartSweep das Übernehmen der Rolle %1 verweigert: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>STS refused to let PartSweep assume role %1: %2: %3 (HTTP %4).</source>
        <translation>STS hat PartSweep das Übernehmen der Rolle %1 verweigert: %2: %3 (HTTP %4).</translation>
    </message>
    <message>
        <source>STS answered HTTP %1 without an error document when assuming role %2.</source>
        <translation>STS hat beim Übernehmen der Rolle %2 mit HTTP %1 ohne Fehlerdokument geantwortet.</translation>
    </message>
    <message>
        <source>Check the STS endpoint: a proxy or another service may have answered.</source>
        <translation>Prüfen Sie den STS-Endpunkt: Möglicherweise hat ein Proxy oder ein anderer Dienst geantwortet.</translation>
    </message>
    <message>
        <source>STS answered assuming role %1, but not with an AssumeRole result.</source>
        <translation>STS hat beim Übernehmen der Rolle %1 geantwortet, aber nicht mit einem AssumeRole-Ergebnis.</translation>
    </message>
    <message>
        <source>STS answered assuming role %1 without complete credentials (access key, secret key, session token and expiration).</source>
        <translation>STS hat beim Übernehmen der Rolle %1 ohne vollständige Anmeldedaten geantwortet (Zugriffsschlüssel, geheimer Schlüssel, Sitzungstoken und Ablaufzeit).</translation>
    </message>
    <message>
        <source>Check the STS endpoint.</source>
        <translation>Prüfen Sie den STS-Endpunkt.</translation>
    </message>
    <message>
        <source>STS did not say who these credentials belong to: %1</source>
        <translation>STS hat nicht mitgeteilt, wem diese Anmeldedaten gehören: %1</translation>
    </message>
    <message>
        <source>STS did not say who these credentials belong to: %1: %2</source>
        <translation>STS hat nicht mitgeteilt, wem diese Anmeldedaten gehören: %1: %2</translation>
    </message>
    <message>
        <source>STS did not say who these credentials belong to (HTTP %1, no error document)</source>
        <translation>STS hat nicht mitgeteilt, wem diese Anmeldedaten gehören (HTTP %1, kein Fehlerdokument)</translation>
    </message>
    <message>
        <source>Servers other than AWS often do not answer GetCallerIdentity; the connection works without it.</source>
        <translation>Andere Server als AWS beantworten GetCallerIdentity oft nicht; die Verbindung funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>STS answered, but not with a GetCallerIdentity result</source>
        <translation>STS hat geantwortet, aber nicht mit einem GetCallerIdentity-Ergebnis</translation>
    </message>
    <message>
        <source>STS at %1 could not be reached: %2</source>
        <translation>STS unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3; it must be true or false.</source>
        <translation>%1: %2 ist %3; erlaubt sind nur true und false.</translation>
    </message>
    <message>
        <source>Fix the value of %1.</source>
        <translation>Korrigieren Sie den Wert von %1.</translation>
    </message>
    <message>
        <source>FIPS and dual-stack settings ignored: the endpoint %1 is used as given.</source>
        <translation>FIPS- und Dual-Stack-Einstellungen ignoriert: Der Endpunkt %1 wird so verwendet, wie er angegeben ist.</translation>
    </message>
    <message>
        <source>S3 has no %1 endpoint in %2 (partition %3).</source>
        <extracomment>%1: &quot;FIPS&quot; or &quot;dual-stack&quot;, %2: a region, %3: an AWS partition name (aws-cn).</extracomment>
        <translation>S3 hat keinen %1-Endpunkt in %2 (Partition %3).</translation>
    </message>
    <message>
        <source>Turn off use_fips_endpoint or use_dualstack_endpoint (or AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT) for this region.</source>
        <translation>Schalten Sie use_fips_endpoint bzw. use_dualstack_endpoint (oder AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT) für diese Region aus.</translation>
    </message>
</context>
<context>
    <name>Cleanup</name>
    <message>
        <source>the abort was answered %1 %2; not verified</source>
        <translation>der Abbruch wurde mit %1 %2 beantwortet; nicht verifiziert</translation>
    </message>
    <message>
        <source>the abort was answered %1 %2 (already gone, or never there); not verified</source>
        <translation>der Abbruch wurde mit %1 %2 beantwortet (bereits entfernt oder nie vorhanden); nicht verifiziert</translation>
    </message>
    <message>
        <source>the abort may have reached the server: %1</source>
        <translation>der Abbruch hat den Server möglicherweise erreicht: %1</translation>
    </message>
    <message>
        <source>%1 remained after %2 abort(s), then the next abort refused: %3</source>
        <translation>%1 nach %2 Abbruchversuch(en) übrig, dann wurde der nächste Abbruch verweigert: %3</translation>
    </message>
    <message>
        <source>abort refused: %1</source>
        <translation>Abbruch verweigert: %1</translation>
    </message>
    <message>
        <source>abort accepted, but it could not be verified: %1</source>
        <translation>Abbruch angenommen, konnte aber nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>dry run: ListParts refused (an abort would likely be refused too): %1</source>
        <translation>Probelauf: ListParts verweigert (ein Abbruch würde wahrscheinlich ebenfalls verweigert): %1</translation>
    </message>
    <message>
        <source>the server answered %1, but the upload could not be looked up to prove it gone: %2</source>
        <translation>der Server antwortete %1, aber der Upload konnte nicht nachgeschlagen werden, um zu belegen, dass er entfernt ist: %2</translation>
    </message>
    <message>
        <source>the server answered %1, but its listing of the key did not complete (%2): not proven gone</source>
        <translation>der Server antwortete %1, aber seine Auflistung des Schlüssels wurde nicht abgeschlossen (%2): nicht als entfernt belegt</translation>
    </message>
    <message>
        <source>the server answered %1, yet ListMultipartUploads still lists the upload: PartSweep cannot address it on this server</source>
        <translation>der Server antwortete %1, doch ListMultipartUploads listet den Upload weiterhin: PartSweep kann ihn auf diesem Server nicht ansprechen</translation>
    </message>
    <message>
        <source>the server answered %1, yet ListMultipartUploads still lists the upload: it was not aborted</source>
        <translation>der Server antwortete %1, doch ListMultipartUploads listet den Upload weiterhin: er wurde nicht abgebrochen</translation>
    </message>
    <message>
        <source>aborted: the server answered %1, no proof by itself, and no longer lists it</source>
        <translation>abgebrochen: der Server antwortete %1 (für sich allein kein Beleg) und listet ihn nicht mehr</translation>
    </message>
    <message>
        <source>already gone: the server answered %1 and no longer lists it</source>
        <translation>bereits entfernt: der Server antwortete %1 und listet ihn nicht mehr</translation>
    </message>
    <message>
        <source>would abort it: %1 listed</source>
        <translation>würde ihn abbrechen: %1 gelistet</translation>
    </message>
    <message>
        <source>%1 still listed after %2 abort(s)</source>
        <translation>%1 nach %2 Abbruchversuch(en) noch gelistet</translation>
    </message>
    <message>
        <source>%1 remain after %2 abort(s)</source>
        <translation>%1 nach %2 Abbruchversuch(en) übrig</translation>
    </message>
    <message>
        <source>not started: the journal could not be written (%1)</source>
        <translation>nicht gestartet: das Journal konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>not an exact upload: bucket, key and upload id are all required</source>
        <translation>kein eindeutiger Upload: Bucket, Schlüssel und Upload-ID sind alle erforderlich</translation>
    </message>
    <message>
        <source>duplicate of upload #%1 in this job</source>
        <translation>Duplikat von Upload Nr. %1 in diesem Auftrag</translation>
    </message>
    <message>
        <source>abort failed %1 time(s) after the client&apos;s retries: %2</source>
        <translation>Abbruch ist nach den Wiederholungen des Clients %1-mal fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>ListParts failed %1 time(s) after the client&apos;s retries: %2</source>
        <translation>ListParts ist nach den Wiederholungen des Clients %1-mal fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (an abort may have reached the server; not verified)</source>
        <translation>%1 (ein Abbruch hat den Server möglicherweise erreicht; nicht verifiziert)</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>the server refuses the credentials as expired, and they could not be renewed. The last answer: %1</source>
        <translation>der Server weist die Anmeldedaten als abgelaufen zurück, und sie konnten nicht erneuert werden. Die letzte Antwort: %1</translation>
    </message>
    <message>
        <source>no usable answer from the server for %1. The last error: %2</source>
        <translation>seit %1 keine verwertbare Antwort vom Server. Der letzte Fehler: %2</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>%1 still listed at the last verification</source>
        <translation>%1 bei der letzten Verifizierung noch gelistet</translation>
    </message>
    <message>
        <source>pid %1 on %2, %3</source>
        <translation>PID %1 auf %2, %3</translation>
    </message>
    <message>
        <source>pid %1 on %2</source>
        <translation>PID %1 auf %2</translation>
    </message>
    <message>
        <source>pid %1, %2</source>
        <translation>PID %1, %2</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Verzeichnis beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot repair the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another process (%2)</source>
        <translation>Das Journal %1 wird von einem anderen Prozess verwendet (%2)</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another process (unknown)</source>
        <translation>Das Journal %1 wird von einem anderen Prozess verwendet (unbekannt)</translation>
    </message>
    <message>
        <source>A job is run by one process at a time; wait for it to finish.</source>
        <translation>Ein Auftrag wird jeweils nur von einem Prozess ausgeführt; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be locked (%2 cannot be written)</source>
        <translation>Das Journal %1 kann nicht gesperrt werden (%2 kann nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PartSweep job journal</source>
        <translation>%1 ist kein PartSweep-Auftragsjournal</translation>
    </message>
    <message>
        <source>%1 bytes in %2 part(s)</source>
        <translation>%1 Bytes in %2 Teil(en)</translation>
    </message>
    <message>
        <source>initiated %1 ago by the server&apos;s clock, younger than the %2 age guard (may still be uploading)</source>
        <translation>laut Serveruhr vor %1 gestartet, jünger als der Altersschutz von %2 (wird möglicherweise noch hochgeladen)</translation>
    </message>
    <message>
        <source>initiation time unknown; the %1 age guard spares it</source>
        <translation>Startzeit unbekannt; der Altersschutz von %1 verschont ihn</translation>
    </message>
    <message>
        <source>the server&apos;s time could not be read, so no age can be trusted; the %1 age guard spares it</source>
        <translation>die Uhrzeit des Servers konnte nicht gelesen werden, daher ist kein Alter verlässlich; der Altersschutz von %1 verschont ihn</translation>
    </message>
    <message>
        <source>%1 was cut before the job was planned: no request was sent</source>
        <translation>%1 wurde abgeschnitten, bevor der Auftrag geplant war: Es wurde keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>job %1 was a dry run: there is nothing to resume</source>
        <translation>Auftrag %1 war ein Probelauf: Es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>Start a new job instead.</source>
        <translation>Starten Sie stattdessen einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>job %1 is running in another process (%2)</source>
        <translation>Auftrag %1 läuft in einem anderen Prozess (%2)</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it; a job is resumed by one process at a time.</source>
        <translation>Warten Sie, bis er abgeschlossen ist, oder beenden Sie ihn; ein Auftrag wird jeweils nur von einem Prozess fortgesetzt.</translation>
    </message>
    <message>
        <source>job %1 was discarded</source>
        <translation>Auftrag %1 wurde verworfen</translation>
    </message>
    <message>
        <source>job %1 was run against %2, not %3</source>
        <translation>Auftrag %1 lief gegen %2, nicht gegen %3</translation>
    </message>
    <message>
        <source>Resume it with a connection to the same service.</source>
        <translation>Setzen Sie ihn mit einer Verbindung zum selben Dienst fort.</translation>
    </message>
    <message>
        <source>verification (on in the job)</source>
        <translation>Verifizierung (im Auftrag: an)</translation>
    </message>
    <message>
        <source>verification (off in the job)</source>
        <translation>Verifizierung (im Auftrag: aus)</translation>
    </message>
    <message>
        <source>the age guard (%1 in the job)</source>
        <translation>der Altersschutz (im Auftrag: %1)</translation>
    </message>
    <message>
        <source>the age guard (off in the job)</source>
        <translation>der Altersschutz (im Auftrag: aus)</translation>
    </message>
    <message>
        <source>the aborts per upload (%1 in the job)</source>
        <translation>die Abbruchversuche pro Upload (im Auftrag: %1)</translation>
    </message>
    <message>
        <source>requester pays (on in the job)</source>
        <translation>Requester Pays (im Auftrag: an)</translation>
    </message>
    <message>
        <source>requester pays (off in the job)</source>
        <translation>Requester Pays (im Auftrag: aus)</translation>
    </message>
    <message>
        <source>the expected bucket owner (none in the job)</source>
        <translation>der erwartete Bucket-Besitzer (im Auftrag: keiner)</translation>
    </message>
    <message>
        <source>the expected bucket owner (%1 in the job)</source>
        <translation>der erwartete Bucket-Besitzer (im Auftrag: %1)</translation>
    </message>
    <message>
        <source>the concurrency (%1 in the job)</source>
        <translation>die Parallelität (im Auftrag: %1)</translation>
    </message>
    <message>
        <source>a resumed job keeps the options it was confirmed with; these differ: %1</source>
        <translation>ein fortgesetzter Auftrag behält die Optionen, mit denen er bestätigt wurde; diese weichen ab: %1</translation>
    </message>
    <message>
        <source>Resume without them, or start a new job with the new options.</source>
        <translation>Setzen Sie ohne sie fort, oder starten Sie einen neuen Auftrag mit den neuen Optionen.</translation>
    </message>
    <message>
        <source>job %1 has nothing left to do</source>
        <translation>Auftrag %1 hat nichts mehr zu tun</translation>
    </message>
    <message>
        <source>A report is written as .csv or .json, not %1</source>
        <translation>Ein Bericht wird als .csv oder .json geschrieben, nicht als %1</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>listing parts (dry run)</source>
        <translation>Teile werden aufgelistet (Probelauf)</translation>
    </message>
    <message>
        <source>aborting</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird verifiziert</translation>
    </message>
    <message>
        <source>waiting to try again</source>
        <translation>wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <source>verified: nothing left</source>
        <translation>verifiziert: nichts übrig</translation>
    </message>
    <message>
        <source>abort accepted; not verified (verification off)</source>
        <translation>Abbruch angenommen; nicht verifiziert (Verifizierung aus)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled; untouched</source>
        <translation>storniert; unberührt</translation>
    </message>
    <message>
        <source>cancelled after abort sent; not verified</source>
        <translation>storniert, nachdem der Abbruch gesendet wurde; nicht verifiziert</translation>
    </message>
    <message>
        <source>excluded; untouched</source>
        <translation>ausgeschlossen; unberührt</translation>
    </message>
    <message>
        <source>would be aborted (dry run)</source>
        <translation>würde abgebrochen (Probelauf)</translation>
    </message>
    <message>
        <source>%1 part(s) (%2)</source>
        <translation>%1 Teil(e) (%2)</translation>
    </message>
    <message>
        <source>A shard is K/N: this process&apos;s number K, counted from 0, of N processes (N from 1 to %1), such as 0/4 ... 3/4; not &apos;%2&apos;</source>
        <translation>Ein Shard ist K/N: die Nummer K dieses Prozesses, ab 0 gezählt, von N Prozessen (N von 1 bis %1), etwa 0/4 ... 3/4; nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the job is still running (%2); this is what it had recorded so far</source>
        <translation>%1: Der Auftrag läuft noch (%2); dies ist, was er bisher aufgezeichnet hat</translation>
    </message>
    <message>
        <source>%1: the job is unfinished (%2 upload(s) not done); resume it with abort --resume</source>
        <translation>%1: Der Auftrag ist unvollendet (%2 Upload(s) nicht erledigt); setzen Sie ihn mit abort --resume fort</translation>
    </message>
    <message>
        <source>No journal to merge</source>
        <translation>Kein Journal zum Zusammenführen</translation>
    </message>
    <message>
        <source>%1 and %2 are jobs on different services (%3, %4)</source>
        <translation>%1 und %2 sind Aufträge auf verschiedenen Diensten (%3, %4)</translation>
    </message>
    <message>
        <source>%1 is a share of %2 shard(s), %3 of %4: not the same cleanup</source>
        <translation>%1 ist ein Anteil von %2 Shard(s), %3 von %4: nicht dieselbe Bereinigung</translation>
    </message>
    <message>
        <source>shard(s) %1 of %2 missing: this report covers %3 of the %2 shares of the selection</source>
        <translation>Shard(s) %1 von %2 fehlen: Dieser Bericht umfasst %3 der %2 Anteile der Auswahl</translation>
    </message>
    <message>
        <source>%1: %2 upload(s) not done; resume that job with abort --resume</source>
        <translation>%1: %2 Upload(s) nicht erledigt; setzen Sie diesen Auftrag mit abort --resume fort</translation>
    </message>
    <message>
        <source>%1 upload record(s) were found in more than one journal (a shard run again?): each upload is reported once, with its latest state</source>
        <translation>%1 Upload-Einträge wurden in mehr als einem Journal gefunden (ein Shard erneut ausgeführt?): Jeder Upload wird einmal berichtet, mit seinem letzten Zustand</translation>
    </message>
    <message>
        <source>cancelled while the journal was written</source>
        <translation>abgebrochen, während das Journal geschrieben wurde</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The CA bundle %1 cannot be read</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Give the path of a PEM file, or leave the field empty for the system&apos;s certificates.</source>
        <translation>Geben Sie den Pfad einer PEM-Datei an, oder lassen Sie das Feld leer, um die Zertifikate des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>Signed in as %1; the credentials last without expiry (long-term keys).</source>
        <translation>Angemeldet als %1; die Anmeldedaten gelten ohne Ablaufdatum (langfristige Schlüssel).</translation>
    </message>
    <message>
        <source>Signed in as %1; the credentials last until %2 UTC, and are renewed before then.</source>
        <translation>Angemeldet als %1; die Anmeldedaten gelten bis %2 UTC und werden vorher erneuert.</translation>
    </message>
    <message>
        <source>Signed in as %1; the credentials last until %2 UTC, then a new sign-in is needed.</source>
        <translation>Angemeldet als %1; die Anmeldedaten gelten bis %2 UTC, danach ist eine neue Anmeldung nötig.</translation>
    </message>
    <message>
        <source>default chain (profile %1)</source>
        <translation>Standardkette (Profil %1)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>No secret key is known for connection &apos;%1&apos;</source>
        <translation>Für die Verbindung &apos;%1&apos; ist kein geheimer Schlüssel bekannt</translation>
    </message>
    <message>
        <source>Enter the secret key that belongs to access key %1 and save the connection.</source>
        <translation>Geben Sie den geheimen Schlüssel zum Zugriffsschlüssel %1 ein und speichern Sie die Verbindung.</translation>
    </message>
    <message>
        <source>connection &apos;%1&apos; (entered in PartSweep)</source>
        <extracomment>Where the keys come from, shown as &quot;Access key AKIA… from &lt;this&gt;.&quot; and in error hints.</extracomment>
        <translation>Verbindung &apos;%1&apos; (in PartSweep eingegeben)</translation>
    </message>
    <message>
        <source>No region set: us-east-1 is used to sign requests.</source>
        <translation>Keine Region festgelegt: Anfragen werden für us-east-1 signiert.</translation>
    </message>
    <message>
        <source>TLS certificates are not verified for this connection.</source>
        <translation>TLS-Zertifikate werden für diese Verbindung nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 Secrets are kept only for this session here: %2</source>
        <extracomment>%1: the hint so far (may be empty), %2: why no keychain is used.</extracomment>
        <translation>%1 Geheime Daten werden hier nur für diese Sitzung aufbewahrt: %2</translation>
    </message>
    <message>
        <source>No STS endpoint is known for this connection</source>
        <translation>Für diese Verbindung ist kein STS-Endpunkt bekannt</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>without expiry (long-term keys)</source>
        <extracomment>Completes &quot;The credentials last %1.&quot;</extracomment>
        <translation>ohne Ablaufdatum (langfristige Schlüssel)</translation>
    </message>
    <message>
        <source>until %1 UTC, and are renewed before then</source>
        <extracomment>Completes &quot;The credentials last %1.&quot;</extracomment>
        <translation>bis %1 UTC und werden vorher erneuert</translation>
    </message>
    <message>
        <source>until %1 UTC, then a new sign-in is needed</source>
        <extracomment>Completes &quot;The credentials last %1.&quot;</extracomment>
        <translation>bis %1 UTC, danach ist eine neue Anmeldung nötig</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name must not begin or end with spaces.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is reserved for AWS profiles; choose another.</source>
        <translation>Der Name &apos;%1&apos; ist für AWS-Profile reserviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Enter the access key id of connection &apos;%1&apos;.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID der Verbindung &apos;%1&apos; ein.</translation>
    </message>
    <message>
        <source>The access key id must not contain spaces.</source>
        <translation>Die Zugriffsschlüssel-ID darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A profile&apos;s connection is named after its profile (&apos;%1&apos;).</source>
        <translation>Die Verbindung eines Profils ist nach ihrem Profil benannt (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, not &apos;%1&apos;.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-URL sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Concurrency must be from 1 to 256.</source>
        <translation>Die Parallelität muss zwischen 1 und 256 liegen.</translation>
    </message>
    <message>
        <source>Attempts per request must be from 1 to 20.</source>
        <translation>Die Anzahl der Versuche pro Anfrage muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <source>The storage price is USD per GB-month from 0 to %1, such as 0.0059.</source>
        <translation>Der Speicherpreis wird in USD pro GB-Monat von 0 bis %1 angegeben, z. B. 0,0059.</translation>
    </message>
    <message>
        <source>A connection named &apos;%1&apos; exists already.</source>
        <translation>Eine Verbindung namens &apos;%1&apos; gibt es bereits.</translation>
    </message>
    <message>
        <source>The connections could not be written to %1.</source>
        <translation>Die Verbindungen konnten nicht in %1 geschrieben werden.</translation>
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
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Listing pending uploads</source>
        <translation>Offene Uploads auflisten</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1, Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not tried: the endpoint cannot be reached.</source>
        <translation>Nicht versucht: Der Endpunkt ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 port %2 accepts connections (address %3).</source>
        <translation>%1, Port %2 nimmt Verbindungen an (Adresse %3).</translation>
    </message>
    <message>
        <source>The host name %1 cannot be found (DNS). Check the host name in the endpoint URL and this computer&apos;s DNS settings.</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS). Prüfen Sie den Hostnamen in der Endpunkt-URL und die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there. Check the port in the endpoint URL and that the S3 service is running.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: Dort lauscht kein Dienst. Prüfen Sie den Port in der Endpunkt-URL und ob der S3-Dienst läuft.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3. Check the endpoint URL, the network and any proxy.</source>
        <translation>Keine Verbindung zu %1, Port %2 möglich: %3. Prüfen Sie die Endpunkt-URL, das Netzwerk und einen eventuellen Proxy.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3: the host may be down, or a firewall drops the connection.</source>
        <translation>Keine Antwort von %1, Port %2 innerhalb von %3: Der Host ist möglicherweise nicht erreichbar, oder eine Firewall verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>The endpoint is plain http://: traffic, including request signatures, is not encrypted.</source>
        <translation>Der Endpunkt verwendet unverschlüsseltes http://: Der Datenverkehr einschließlich der Anfragesignaturen wird nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Certificate checks are turned off for this connection: anyone on the network path could pose as the server. Turn them on outside of tests.</source>
        <translation>Die Zertifikatsprüfung ist für diese Verbindung ausgeschaltet: Jeder auf dem Netzwerkpfad könnte sich als der Server ausgeben. Schalten Sie sie außerhalb von Tests ein.</translation>
    </message>
    <message>
        <source>Checking the certificate of %1…</source>
        <translation>Zertifikat von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA bundle %1. Give a PEM file of your S3 service&apos;s CA certificates.</source>
        <translation>Aus dem CA-Bundle %1 konnte kein Zertifikat gelesen werden. Geben Sie eine PEM-Datei mit den CA-Zertifikaten Ihres S3-Dienstes an.</translation>
    </message>
    <message>
        <source>Not tried: TLS is not set up.</source>
        <translation>Nicht versucht: TLS ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Not tried: the TLS connection failed.</source>
        <translation>Nicht versucht: Die TLS-Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted (issued by an unnamed authority, valid until %2).</source>
        <translation>Das Zertifikat von %1 ist vertrauenswürdig (ausgestellt von einer unbenannten Zertifizierungsstelle, gültig bis %2).</translation>
    </message>
    <message>
        <source>The certificate of %1 is trusted (issued by %2, valid until %3).</source>
        <translation>Das Zertifikat von %1 ist vertrauenswürdig (ausgestellt von %2, gültig bis %3).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not accepted: %2. Give the CA bundle of your S3 service (a PEM file) in the connection&apos;s CA bundle field, or install that CA on this computer.</source>
        <translation>Das Zertifikat von %1 wird nicht akzeptiert: %2. Geben Sie das CA-Bundle Ihres S3-Dienstes (eine PEM-Datei) im Feld „CA-Bundle“ der Verbindung an, oder installieren Sie diese CA auf diesem Computer.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not accepted: %2.</source>
        <translation>Das Zertifikat von %1 wird nicht akzeptiert: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed: %3. Check that this port serves https (or use an http:// endpoint URL).</source>
        <translation>Der TLS-Handshake mit %1, Port %2 ist fehlgeschlagen: %3. Prüfen Sie, ob dieser Port https bedient (oder verwenden Sie eine http://-Endpunkt-URL).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 did not finish within %3.</source>
        <translation>Der TLS-Handshake mit %1, Port %2 wurde nicht innerhalb von %3 abgeschlossen.</translation>
    </message>
    <message>
        <source>This build of PartSweep has no TLS support.</source>
        <translation>Diese PartSweep-Version wurde ohne TLS-Unterstützung erstellt.</translation>
    </message>
    <message>
        <source>No complete keys: an access key and a secret key are both needed.</source>
        <translation>Keine vollständigen Schlüssel: Sowohl ein Zugriffsschlüssel als auch ein geheimer Schlüssel werden benötigt.</translation>
    </message>
    <message>
        <source>Not tried: no keys.</source>
        <translation>Nicht versucht: keine Schlüssel.</translation>
    </message>
    <message>
        <source>Listing buckets with access key %1…</source>
        <translation>Buckets werden mit dem Zugriffsschlüssel %1 aufgelistet…</translation>
    </message>
    <message>
        <source>Access key %1 is accepted; it sees %2 bucket(s).</source>
        <translation>Der Zugriffsschlüssel %1 wird akzeptiert; er sieht %2 Bucket(s).</translation>
    </message>
    <message>
        <source>Access key %1 is accepted (account %2); it sees %3 bucket(s).</source>
        <translation>Der Zugriffsschlüssel %1 wird akzeptiert (Konto %2); er sieht %3 Bucket(s).</translation>
    </message>
    <message>
        <source>The account has no bucket to try it on.</source>
        <translation>Das Konto hat keinen Bucket, an dem es versucht werden kann.</translation>
    </message>
    <message>
        <source>No answer to the request: %1</source>
        <translation>Keine Antwort auf die Anfrage: %1</translation>
    </message>
    <message>
        <source>Not tried: the server did not answer.</source>
        <translation>Nicht versucht: Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server does not know access key %1: the access key is wrong, or belongs to another service or account than this endpoint&apos;s.</source>
        <translation>Der Server kennt den Zugriffsschlüssel %1 nicht: Der Zugriffsschlüssel ist falsch oder gehört zu einem anderen Dienst oder Konto als dem dieses Endpunkts.</translation>
    </message>
    <message>
        <source>The secret key is wrong: the server knows access key %1 but refused the signature made with the secret key given. Enter the secret key that belongs to this access key.</source>
        <translation>Der geheime Schlüssel ist falsch: Der Server kennt den Zugriffsschlüssel %1, hat aber die mit dem angegebenen geheimen Schlüssel erstellte Signatur abgelehnt. Geben Sie den geheimen Schlüssel ein, der zu diesem Zugriffsschlüssel gehört.</translation>
    </message>
    <message>
        <source>The session token has expired: get new temporary credentials.</source>
        <translation>Das Sitzungstoken ist abgelaufen: Beschaffen Sie neue temporäre Anmeldedaten.</translation>
    </message>
    <message>
        <source>The session token is not valid for access key %1.</source>
        <translation>Das Sitzungstoken ist für den Zugriffsschlüssel %1 nicht gültig.</translation>
    </message>
    <message>
        <source>Access key %1 is accepted, but listing buckets is denied (AccessDenied): PartSweep can only scan buckets you name.</source>
        <translation>Der Zugriffsschlüssel %1 wird akzeptiert, aber das Auflisten der Buckets wird verweigert (AccessDenied): PartSweep kann nur Buckets scannen, die Sie angeben.</translation>
    </message>
    <message>
        <source>The server refused the request because this computer&apos;s clock is off.</source>
        <translation>Der Server hat die Anfrage abgelehnt, weil die Uhr dieses Computers falsch geht.</translation>
    </message>
    <message>
        <source>No bucket is known to try it on.</source>
        <translation>Es ist kein Bucket bekannt, an dem es versucht werden kann.</translation>
    </message>
    <message>
        <source>Not tried: authentication failed.</source>
        <translation>Nicht versucht: Die Authentifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server sent no Date header to compare with.</source>
        <translation>Der Server hat keinen Date-Header zum Vergleich gesendet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s. The server refused requests signed with it; PartSweep now corrects for the difference, but set the clock right (NTP).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers nach. Der Server hat damit signierte Anfragen abgelehnt; PartSweep gleicht die Abweichung nun aus, aber stellen Sie die Uhr richtig (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s. The server refused requests signed with it; PartSweep now corrects for the difference, but set the clock right (NTP).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers vor. Der Server hat damit signierte Anfragen abgelehnt; PartSweep gleicht die Abweichung nun aus, aber stellen Sie die Uhr richtig (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s. S3 refuses requests more than 15 minutes off: set the clock right (NTP).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers nach. S3 lehnt Anfragen ab, die mehr als 15 Minuten abweichen: Stellen Sie die Uhr richtig (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s. S3 refuses requests more than 15 minutes off: set the clock right (NTP).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers vor. S3 lehnt Anfragen ab, die mehr als 15 Minuten abweichen: Stellen Sie die Uhr richtig (NTP).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the server&apos;s.</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Servers überein.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the server&apos;s (less than 5 minutes: fine).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers nach (weniger als 5 Minuten: in Ordnung).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the server&apos;s (less than 5 minutes: fine).</source>
        <translation>Die Uhr dieses Computers geht %1 gegenüber der des Servers vor (weniger als 5 Minuten: in Ordnung).</translation>
    </message>
    <message>
        <source>Listing pending uploads in bucket %1…</source>
        <translation>Offene Uploads im Bucket %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Pending uploads can be listed in bucket %1.</source>
        <translation>Offene Uploads im Bucket %1 können aufgelistet werden.</translation>
    </message>
    <message>
        <source>Listing pending uploads in bucket %1 is denied (AccessDenied): PartSweep needs s3:ListBucketMultipartUploads on the buckets it scans. %2</source>
        <translation>Das Auflisten offener Uploads im Bucket %1 wird verweigert (AccessDenied): PartSweep benötigt s3:ListBucketMultipartUploads für die Buckets, die es scannt. %2</translation>
    </message>
    <message>
        <source>Listing pending uploads in bucket %1 failed: %2</source>
        <translation>Das Auflisten offener Uploads im Bucket %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Secrets are kept in memory and forgotten when PartSweep quits.</source>
        <translation>Geheime Daten werden im Arbeitsspeicher aufbewahrt und beim Beenden von PartSweep verworfen.</translation>
    </message>
    <message>
        <source>The listing pages per bucket must be from 1 to %L1.</source>
        <translation>Die Listenseiten je Bucket müssen zwischen 1 und %L1 liegen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not accepted: %2. It is not signed by a CA in the CA bundle %3, which is trusted in place of this computer&apos;s CAs: give the file that holds your S3 service&apos;s CA.</source>
        <translation>Das Zertifikat von %1 wird nicht akzeptiert: %2. Es ist von keiner Zertifizierungsstelle im CA-Bundle %3 signiert, dem statt der Zertifizierungsstellen dieses Computers vertraut wird: Geben Sie die Datei an, die die Zertifizierungsstelle Ihres S3-Dienstes enthält.</translation>
    </message>
    <message>
        <source>TLS certificates are not verified on this connection: anyone on the network path could pose as %1 and read or change what PartSweep sends. Turn verification on outside of tests.</source>
        <extracomment>%1: a host name.</extracomment>
        <translation>TLS-Zertifikate werden bei dieser Verbindung nicht geprüft: Jeder auf dem Netzwerkweg könnte sich als %1 ausgeben und lesen oder ändern, was PartSweep sendet. Schalten Sie die Prüfung außerhalb von Tests ein.</translation>
    </message>
</context>
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
    <message>
        <source>The prices in %1 cannot be used: %2</source>
        <translation>Die Preise in %1 können nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>only USD prices are supported</source>
        <translation>nur Preise in USD werden unterstützt</translation>
    </message>
    <message>
        <source>the price of %1 in %2 is not a number of dollars</source>
        <translation>der Preis von %1 in %2 ist kein Dollarbetrag</translation>
    </message>
    <message>
        <source>it cannot be removed</source>
        <translation>die Datei kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der Ordner der Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
    <name>Lifecycle</name>
    <message>
        <source>the days must be 1 or more</source>
        <translation>die Anzahl der Tage muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the configuration holds %1 rules already, the most S3 allows</source>
        <translation>die Konfiguration enthält bereits %1 Regeln, das von S3 erlaubte Maximum</translation>
    </message>
    <message>
        <source>adds &apos;abort after %1 d&apos;, keeps %2 rule(s) as they are (new rule %3)</source>
        <translation>fügt „Abbruch nach %1 T“ hinzu, behält %2 Regel(n) unverändert bei (neue Regel %3)</translation>
    </message>
    <message>
        <source>already covered (%1 d, rule without ID)</source>
        <translation>bereits abgedeckt (%1 T, Regel ohne ID)</translation>
    </message>
    <message>
        <source>already covered (%1 d, rule %2)</source>
        <translation>bereits abgedeckt (%1 T, Regel %2)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <source>The lifecycle configuration cannot be read completely (%1), so PartSweep will not rewrite it</source>
        <translation>Die Lifecycle-Konfiguration kann nicht vollständig gelesen werden (%1), daher schreibt PartSweep sie nicht neu</translation>
    </message>
    <message>
        <source>elements nested deeper than %1</source>
        <translation>Elemente, die tiefer als %1 Ebenen verschachtelt sind</translation>
    </message>
    <message>
        <source>attributes on &lt;%1&gt;</source>
        <translation>Attribute an &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in another namespace (%2)</source>
        <translation>&lt;%1&gt; in einem anderen Namensraum (%2)</translation>
    </message>
    <message>
        <source>text and elements mixed in &lt;%1&gt;</source>
        <translation>Text und Elemente gemischt in &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an XML construct S3 does not use (%1)</source>
        <translation>ein XML-Konstrukt, das S3 nicht verwendet (%1)</translation>
    </message>
    <message>
        <source>the document ends early</source>
        <translation>das Dokument endet vorzeitig</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a number: &apos;%2&apos;</source>
        <translation>&lt;%1&gt; ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>a &lt;Tag&gt; without a &lt;Key&gt;, or with other elements</source>
        <translation>ein &lt;Tag&gt; ohne &lt;Key&gt; oder mit anderen Elementen</translation>
    </message>
    <message>
        <source>a filter condition PartSweep does not know (&lt;%1&gt;)</source>
        <translation>eine Filterbedingung, die PartSweep nicht kennt (&lt;%1&gt;)</translation>
    </message>
    <message>
        <source>a rule whose &lt;Status&gt; is &apos;%1&apos;</source>
        <translation>eine Regel, deren &lt;Status&gt; „%1“ ist</translation>
    </message>
    <message>
        <source>an &lt;AbortIncompleteMultipartUpload&gt; without a valid &lt;DaysAfterInitiation&gt;</source>
        <translation>ein &lt;AbortIncompleteMultipartUpload&gt; ohne gültiges &lt;DaysAfterInitiation&gt;</translation>
    </message>
    <message>
        <source>a rule without &lt;Status&gt;</source>
        <translation>eine Regel ohne &lt;Status&gt;</translation>
    </message>
    <message>
        <source>a rule with both &lt;Filter&gt; and a rule-level &lt;Prefix&gt;</source>
        <translation>eine Regel mit &lt;Filter&gt; und zugleich einem &lt;Prefix&gt; auf Regelebene</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>size filter</source>
        <translation>Größenfilter</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <translation>%1 T (%2)</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>ein zweites Wurzelelement</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an empty document</source>
        <translation>ein leeres Dokument</translation>
    </message>
    <message>
        <source>&lt;%1&gt; outside a rule</source>
        <translation>&lt;%1&gt; außerhalb einer Regel</translation>
    </message>
    <message>
        <source>more than %1 rules</source>
        <translation>mehr als %1 Regeln</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No lifecycle configuration</source>
        <translation>Keine Lifecycle-Konfiguration</translation>
    </message>
    <message>
        <source>whole bucket</source>
        <translation>gesamter Bucket</translation>
    </message>
    <message>
        <source>size &gt; %1</source>
        <translation>Größe &gt; %1</translation>
    </message>
    <message>
        <source>size &lt; %1</source>
        <translation>Größe &lt; %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Verzeichnis beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Cannot create the lifecycle journal %1: %2</source>
        <translation>Das Lifecycle-Journal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the lifecycle journal %1: %2</source>
        <translation>Das Lifecycle-Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the lifecycle journal %1: %2</source>
        <translation>Das Lifecycle-Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot sync the lifecycle journal %1: %2</source>
        <translation>Das Lifecycle-Journal %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the lifecycle journal %1: %2</source>
        <translation>Das Lifecycle-Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PartSweep lifecycle journal</source>
        <translation>%1 ist kein PartSweep-Lifecycle-Journal</translation>
    </message>
    <message>
        <source>%1 rule(s)</source>
        <translation>%1 Regel(n)</translation>
    </message>
    <message>
        <source>no configuration</source>
        <translation>keine Konfiguration</translation>
    </message>
    <message>
        <source>not supported by this server</source>
        <translation>von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>changed since it was read (now %1): not written; run again</source>
        <translation>seit dem Lesen geändert (jetzt %1): nicht geschrieben; führen Sie den Vorgang erneut aus</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>the write was refused: %1</source>
        <translation>das Schreiben wurde verweigert: %1</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>verifiziert: %1</translation>
    </message>
    <message>
        <source>the server stored the configuration differently than written (%1 read back), and putting back the earlier one failed: %2; undo with lifecycle restore</source>
        <translation>der Server hat die Konfiguration anders gespeichert als geschrieben (%1 zurückgelesen), und das Zurückschreiben der vorherigen ist fehlgeschlagen: %2; machen Sie die Änderung mit lifecycle restore rückgängig</translation>
    </message>
    <message>
        <source>the server stored the configuration differently than written (%1 read back): the earlier configuration was put back (verified)</source>
        <translation>der Server hat die Konfiguration anders gespeichert als geschrieben (%1 zurückgelesen): die vorherige Konfiguration wurde zurückgeschrieben (verifiziert)</translation>
    </message>
    <message>
        <source>the server stored the configuration differently than written (%1 read back), and the earlier one does not read back as it was: check it with get-bucket-lifecycle-configuration</source>
        <translation>der Server hat die Konfiguration anders gespeichert als geschrieben (%1 zurückgelesen), und die vorherige liest sich nicht wie zuvor zurück: prüfen Sie sie mit get-bucket-lifecycle-configuration</translation>
    </message>
    <message>
        <source>restored earlier</source>
        <translation>bereits früher wiederhergestellt</translation>
    </message>
    <message>
        <source>the journal&apos;s record cannot be read: %1</source>
        <translation>der Eintrag im Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>already as it was before (%1)</source>
        <translation>bereits wie zuvor (%1)</translation>
    </message>
    <message>
        <source>changed since PartSweep wrote it (now %1): not restored</source>
        <translation>geändert, seit PartSweep sie geschrieben hat (jetzt %1): nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>restored: puts back %1</source>
        <translation>wiederhergestellt: %1 zurückgeschrieben</translation>
    </message>
    <message>
        <source>restored: deletes the configuration (there was none)</source>
        <translation>wiederhergestellt: Konfiguration gelöscht (es gab keine)</translation>
    </message>
    <message>
        <source>would put back %1</source>
        <translation>würde %1 zurückschreiben</translation>
    </message>
    <message>
        <source>would delete the configuration (there was none)</source>
        <translation>würde die Konfiguration löschen (es gab keine)</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>written, but it does not read back as it was (%1 read back): check it with get-bucket-lifecycle-configuration</source>
        <translation>geschrieben, liest sich aber nicht wie zuvor zurück (%1 zurückgelesen): prüfen Sie sie mit get-bucket-lifecycle-configuration</translation>
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
    <message numerus="yes">
        <source>Counting the %Ln selected upload(s)…</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Upload wird gezählt…</numerusform>
            <numerusform>Die %Ln ausgewählten Uploads werden gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Abort (counting…)</source>
        <translation>&amp;Abbrechen (wird gezählt…)</translation>
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
    <message numerus="yes">
        <source>Preparing the cleanup of %Ln upload(s)…</source>
        <translation>
            <numerusform>Bereinigung von %Ln Upload wird vorbereitet…</numerusform>
            <numerusform>Bereinigung von %Ln Uploads wird vorbereitet…</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Writing the journal of %Ln upload(s); nothing is sent before it is on disk.</source>
        <translation>
            <numerusform>Das Journal von %Ln Upload wird geschrieben; nichts wird gesendet, bevor es auf der Festplatte steht.</numerusform>
            <numerusform>Das Journal von %Ln Uploads wird geschrieben; nichts wird gesendet, bevor es auf der Festplatte steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
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
    <message>
        <source>Reading the selection…</source>
        <translation>Die Auswahl wird gelesen…</translation>
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
    <name>S3</name>
    <message>
        <source>These credentials cannot be refreshed</source>
        <translation>Diese Anmeldedaten können nicht erneuert werden</translation>
    </message>
    <message>
        <source>Cancelled while waiting to retry (an earlier attempt may have reached the server)</source>
        <translation>Storniert während des Wartens auf einen erneuten Versuch (ein früherer Versuch hat den Server möglicherweise erreicht)</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Storniert, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s</source>
        <extracomment>%1: a host name, %2: seconds.</extracomment>
        <translation>Keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>Check the endpoint URL and the network; PartSweep retried %1 time(s).</source>
        <translation>Prüfen Sie die Endpunkt-URL und das Netzwerk; PartSweep hat es %1-mal erneut versucht.</translation>
    </message>
    <message>
        <source>the configured credentials</source>
        <extracomment>Where the keys came from, as in &quot;(keys from %1)&quot;.</extracomment>
        <translation>den konfigurierten Anmeldedaten</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>If the bucket has requester pays enabled, turn on %1.</source>
        <translation>Wenn für den Bucket Requester Pays aktiviert ist, schalten Sie %1 ein.</translation>
    </message>
    <message>
        <source>The bucket may not be owned by the expected owner %1.</source>
        <translation>Der Bucket gehört möglicherweise nicht dem erwarteten Eigentümer %1.</translation>
    </message>
    <message>
        <source>Otherwise a bucket or IAM policy denies %1 to %2 (keys from %3).</source>
        <extracomment>%1: an S3 operation (ListMultipartUploads), %2: an access key id, %3: where the keys came from (a profile, the environment, &quot;the configured credentials&quot;).</extracomment>
        <translation>Andernfalls verweigert eine Bucket- oder IAM-Richtlinie %1 für %2 (Schlüssel aus %3).</translation>
    </message>
    <message>
        <source>The server does not know the access key %1</source>
        <translation>Der Server kennt den Zugriffsschlüssel %1 nicht</translation>
    </message>
    <message>
        <source>Check the keys from %1 and the endpoint.</source>
        <translation>Prüfen Sie die Schlüssel aus %1 und den Endpunkt.</translation>
    </message>
    <message>
        <source>The request signature was refused</source>
        <translation>Die Signatur der Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>The secret key from %1 does not match access key %2.</source>
        <translation>Der geheime Schlüssel aus %1 passt nicht zum Zugriffsschlüssel %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s; set the clock right.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des Servers ab; stellen Sie die Uhr richtig.</translation>
    </message>
    <message>
        <source>The temporary credentials from %1 have expired; refresh them.</source>
        <extracomment>%1: where the keys came from (a profile, the environment, &quot;the configured credentials&quot;).</extracomment>
        <translation>Die temporären Anmeldedaten aus %1 sind abgelaufen; erneuern Sie sie.</translation>
    </message>
    <message>
        <source>No such bucket</source>
        <translation>Bucket nicht vorhanden</translation>
    </message>
    <message>
        <source>No such upload (already completed or aborted)</source>
        <translation>Upload nicht vorhanden (bereits abgeschlossen oder abgebrochen)</translation>
    </message>
    <message>
        <source>The service is throttling requests; lower the concurrency.</source>
        <translation>Der Dienst drosselt die Anfragen; verringern Sie die Zahl gleichzeitiger Anfragen.</translation>
    </message>
    <message>
        <source>The bucket is served by another endpoint or region.</source>
        <translation>Der Bucket wird über einen anderen Endpunkt oder eine andere Region bereitgestellt.</translation>
    </message>
    <message>
        <source>its answer has no Date header</source>
        <extracomment>Completes &quot;The server&apos;s time could not be read: %1&quot;.</extracomment>
        <translation>seine Antwort enthält keinen Date-Header</translation>
    </message>
    <message>
        <source>The server&apos;s time could not be read: %1</source>
        <extracomment>%1: why (the request&apos;s error, or that the answer has no Date header).</extracomment>
        <translation>Die Uhrzeit des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server answered GetBucketLifecycleConfiguration with an empty body</source>
        <translation>Der Server hat GetBucketLifecycleConfiguration mit einem leeren Antworttext beantwortet</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not valid url encoding: %2</source>
        <translation>&lt;%1&gt; ist keine gültige URL-Kodierung: %2</translation>
    </message>
    <message>
        <source>&lt;Bucket&gt; #%1 has no &lt;Name&gt;</source>
        <translation>&lt;Bucket&gt; #%1 hat kein &lt;Name&gt;</translation>
    </message>
    <message>
        <source>&lt;Upload&gt; #%1 has no &lt;Key&gt;</source>
        <translation>&lt;Upload&gt; #%1 hat kein &lt;Key&gt;</translation>
    </message>
    <message>
        <source>&lt;Upload&gt; #%1 (%2) has no &lt;UploadId&gt;</source>
        <translation>&lt;Upload&gt; #%1 (%2) hat kein &lt;UploadId&gt;</translation>
    </message>
    <message>
        <source>&lt;EncodingType&gt; is not &apos;url&apos;: %1</source>
        <translation>&lt;EncodingType&gt; ist nicht &apos;url&apos;: %1</translation>
    </message>
    <message>
        <source>&lt;Part&gt; #%1 has no &lt;PartNumber&gt;</source>
        <translation>&lt;Part&gt; #%1 hat kein &lt;PartNumber&gt;</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>TLS is not available in this build</source>
        <translation>TLS ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer</source>
        <translation>Die Verbindung wurde vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist</source>
        <translation>Das CA-Bundle %1 existiert nicht</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Name a PEM file with the certificate of the CA that signed the S3 service&apos;s certificate (%1).</source>
        <translation>Geben Sie eine PEM-Datei mit dem Zertifikat der Zertifizierungsstelle an, die das Zertifikat des S3-Dienstes signiert hat (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2)</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Check that the endpoint URL names the S3 service&apos;s https port.</source>
        <translation>Prüfen Sie, ob die Endpunkt-URL den HTTPS-Port des S3-Dienstes angibt.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not valid for that host name (%2)</source>
        <translation>Das TLS-Zertifikat von %1 ist für diesen Hostnamen nicht gültig (%2)</translation>
    </message>
    <message>
        <source>The certificate must name the host of the endpoint URL. With virtual-hosted addressing the bucket name is part of the host name, so the certificate must cover it too (a wildcard); otherwise use path-style addressing.</source>
        <translation>Das Zertifikat muss den Host der Endpunkt-URL nennen. Bei Virtual-Hosted-Adressierung ist der Bucket-Name Teil des Hostnamens, daher muss das Zertifikat auch ihn abdecken (ein Platzhalter-Zertifikat); verwenden Sie andernfalls die Adressierung im Pfadstil.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 has expired or is not valid yet (%2)</source>
        <translation>Das TLS-Zertifikat von %1 ist abgelaufen oder noch nicht gültig (%2)</translation>
    </message>
    <message>
        <source>The S3 service must renew its certificate; if it has, check this computer&apos;s clock.</source>
        <translation>Der S3-Dienst muss sein Zertifikat erneuern; falls das bereits geschehen ist, prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2)</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut (%2)</translation>
    </message>
    <message>
        <source>It is not signed by a certificate authority this system trusts. If the S3 service uses a private CA, give that CA&apos;s certificate as a PEM file (%1); %2 skips the check (unsafe).</source>
        <translation>Es ist nicht von einer Zertifizierungsstelle signiert, der dieses System vertraut. Wenn der S3-Dienst eine private CA verwendet, geben Sie das Zertifikat dieser CA als PEM-Datei an (%1); %2 umgeht die Prüfung (unsicher).</translation>
    </message>
    <message>
        <source>It is not signed by a certificate authority in the CA bundle %1: name the file that holds the S3 service&apos;s CA (%2).</source>
        <translation>Es ist von keiner Zertifizierungsstelle im CA-Bundle %1 signiert: Geben Sie die Datei an, die die CA des S3-Dienstes enthält (%2).</translation>
    </message>
    <message>
        <source>The server repeated a page of uploads; the listing stopped there.</source>
        <translation>Der Server hat eine Seite mit Uploads wiederholt; die Auflistung wurde dort beendet.</translation>
    </message>
    <message>
        <source>The server said there is more but sent no NextKeyMarker; continued after the last upload listed.</source>
        <translation>Der Server meldete weitere Einträge, sendete aber keinen NextKeyMarker; fortgesetzt nach dem zuletzt aufgelisteten Upload.</translation>
    </message>
    <message>
        <source>The server sent no NextUploadIdMarker; continued after the last upload listed.</source>
        <translation>Der Server sendete keinen NextUploadIdMarker; fortgesetzt nach dem zuletzt aufgelisteten Upload.</translation>
    </message>
    <message>
        <source>The server&apos;s paging markers did not advance (key-marker &apos;%1&apos;); the listing stopped to avoid looping and may be incomplete.</source>
        <extracomment>%1: the key the next page would have started after.</extracomment>
        <translation>Die Seitenmarker des Servers sind nicht weitergerückt (key-marker &apos;%1&apos;); die Auflistung wurde beendet, um eine Endlosschleife zu vermeiden, und ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Antworttext ist leer</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>In place of the S3 error code, when the error document cannot be read.</extracomment>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>the server sent an error document instead (%1: %2)</source>
        <extracomment>%1: the S3 error code, %2: the server&apos;s message.</extracomment>
        <translation>der Server hat stattdessen ein Fehlerdokument gesendet (%1: %2)</translation>
    </message>
    <message>
        <source>the server sent an error document instead (%1)</source>
        <extracomment>%1: the S3 error code.</extracomment>
        <translation>der Server hat stattdessen ein Fehlerdokument gesendet (%1)</translation>
    </message>
    <message>
        <source>the body is an HTML page, not an S3 answer (a proxy or a web server answered?): %1</source>
        <extracomment>%1: the start of the body, quoted.</extracomment>
        <translation>der Antworttext ist eine HTML-Seite, keine S3-Antwort (hat ein Proxy oder ein Webserver geantwortet?): %1</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;%2&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, erwartet wurde &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not true or false: %2</source>
        <translation>&lt;%1&gt; ist weder true noch false: %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a number: %2</source>
        <translation>&lt;%1&gt; ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a date: %2</source>
        <translation>&lt;%1&gt; ist kein Datum: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the body ends before the document does (truncated at %1, %2 bytes)</source>
        <extracomment>%1: &quot;line 3, column 7&quot;, %2: a number.</extracomment>
        <translation>der Antworttext endet vor dem Dokument (abgeschnitten bei %1, %2 Bytes)</translation>
    </message>
    <message>
        <source>not well-formed XML at %1: %2; the body starts with %3</source>
        <extracomment>%1: &quot;line 3, column 7&quot;, %2: the XML parser&apos;s reason, %3: the start of the body, quoted.</extracomment>
        <translation>kein wohlgeformtes XML bei %1: %2; der Antworttext beginnt mit %3</translation>
    </message>
    <message>
        <source>The server sent the bucket elsewhere, to a region named &quot;%1&quot;, which is no region name: PartSweep does not send requests there.</source>
        <translation>Der Server hat den Bucket an eine Region namens „%1“ verwiesen, die kein Regionsname ist: PartSweep sendet keine Anfragen dorthin.</translation>
    </message>
    <message>
        <source>The server named the bucket&apos;s region &quot;%1&quot;, which is no region name</source>
        <translation>Der Server nennt als Region des Buckets „%1“, was kein Regionsname ist</translation>
    </message>
    <message>
        <source>PartSweep does not send requests there; set the region of the connection to the bucket&apos;s region.</source>
        <translation>PartSweep sendet keine Anfragen dorthin; stellen Sie die Region der Verbindung auf die Region des Buckets.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large (%2): PartSweep accepts at most %4 for %3</source>
        <extracomment>%1: a host name, %2: a size (e.g. &quot;4.00 GiB&quot;), %3: an S3 operation, %4: a size.</extracomment>
        <translation>Die Antwort von %1 ist zu groß (%2): PartSweep nimmt für %3 höchstens %4 an</translation>
    </message>
    <message>
        <source>S3 never sends that much for it: a proxy, a captive portal or a server that is not S3 may be answering. Check the endpoint URL and the proxy settings.</source>
        <translation>So viel sendet S3 dafür nie: Vielleicht antwortet ein Proxy, ein Captive Portal oder ein Server, der kein S3 ist. Prüfen Sie die Endpunkt-URL und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The answer from %1 trickled in (%2 bytes in %3 s) and was given up</source>
        <extracomment>%1: a host name, %2: a number of bytes, %3: seconds.</extracomment>
        <translation>Die Antwort von %1 kam nur tröpfchenweise (%2 Bytes in %3 s) und wurde aufgegeben</translation>
    </message>
    <message>
        <source>The server or a proxy in between stalls; check the network.</source>
        <translation>Der Server oder ein Proxy dazwischen stockt; prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>The answer from %1 did not end within %2 s and was given up</source>
        <extracomment>%1: a host name, %2: seconds.</extracomment>
        <translation>Die Antwort von %1 endete nicht innerhalb von %2 s und wurde aufgegeben</translation>
    </message>
    <message>
        <source>The server listed %1 parts and says there are more after part %2, but S3 numbers parts only up to 10,000</source>
        <extracomment>%1: a number of parts, %2: the next part number marker.</extracomment>
        <translation>Der Server hat %1 Teile aufgelistet und meldet weitere nach Teil %2, doch S3 nummeriert Teile nur bis 10.000</translation>
    </message>
    <message>
        <source>The answer is larger than PartSweep accepts</source>
        <translation>Die Antwort ist größer, als PartSweep annimmt</translation>
    </message>
    <message>
        <source>The listing stopped after %1 pages (%2 uploads) while the server still said there is more</source>
        <extracomment>%1: a number of pages, %2: a number of uploads.</extracomment>
        <translation>Die Auflistung endete nach %1 Seiten (%2 Uploads), obwohl der Server noch weitere meldete</translation>
    </message>
    <message>
        <source>The uploads listed so far are shown; the rest of the bucket is not. A bucket rarely holds that many: the server&apos;s paging may be broken. Raise %1 if it really does.</source>
        <translation>Die bisher aufgelisteten Uploads werden angezeigt, der Rest des Buckets nicht. So viele hat ein Bucket selten: Das Blättern des Servers ist vielleicht defekt. Erhöhen Sie %1, wenn es wirklich so viele sind.</translation>
    </message>
    <message>
        <source> (the page was asked for again %1 time(s) over about %2 s)</source>
        <translation> (die Seite wurde %1-mal erneut angefordert, über etwa %2 s)</translation>
    </message>
    <message>
        <source>The answer&apos;s headers are larger than PartSweep accepts</source>
        <translation>Die Kopfzeilen der Antwort sind größer, als PartSweep annimmt</translation>
    </message>
    <message>
        <source>A malformed answer</source>
        <translation>Eine fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP</source>
        <translation>Die Antwort des Servers ist kein HTTP</translation>
    </message>
</context>
<context>
    <name>S3Error</name>
    <message>
        <source>the &quot;requester pays&quot; setting</source>
        <extracomment>Put into hints such as &quot;If the bucket has requester pays enabled, turn on %1.&quot;</extracomment>
        <translation>die Einstellung „Requester Pays“</translation>
    </message>
    <message>
        <source>the CA bundle setting</source>
        <extracomment>Put into hints such as &quot;Name a PEM file ... (%1).&quot;</extracomment>
        <translation>die Einstellung „CA-Bundle“</translation>
    </message>
    <message>
        <source>turning TLS verification off</source>
        <extracomment>Put into the hint &quot;... (%1); %2 skips the check (unsafe).&quot; as %2.</extracomment>
        <translation>das Abschalten der TLS-Prüfung</translation>
    </message>
    <message>
        <source>PartSweep&apos;s own sign-in</source>
        <extracomment>Put into the hint &quot;Sign in again: `aws sso login --profile %1` or %2 ...&quot; as %2.</extracomment>
        <translation>die Anmeldung in PartSweep</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No usable credentials</source>
        <translation>Keine verwendbaren Anmeldedaten</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>The listing stopped: the server&apos;s paging markers did not advance</source>
        <translation>Die Auflistung wurde beendet: Die Seitenmarker des Servers sind nicht weitergerückt</translation>
    </message>
    <message>
        <source>request id %1</source>
        <extracomment>The x-amz-request-id of the answer, for support cases.</extracomment>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>%1 (%2) on %3.</source>
        <extracomment>%1: what went wrong, %2: codes (error code, HTTP status, request id), %3: bucket/key.</extracomment>
        <translation>%1 (%2) bei %3.</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <extracomment>%1: what went wrong, %2: bucket/key.</extracomment>
        <translation>%1 bei %2.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <extracomment>%1: what went wrong, %2: codes (error code, HTTP status, request id).</extracomment>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>%1: what went wrong.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>the connection&apos;s maxListingPages setting</source>
        <extracomment>Put into the hint &quot;... raise %1 if it really does.&quot; as %1.</extracomment>
        <translation>die Einstellung maxListingPages der Verbindung</translation>
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
