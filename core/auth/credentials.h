#pragma once

#include "auth/renewingcredentialsprovider.h"
#include "auth/sso.h"
#include "auth/sts.h"
#include "s3/addressing.h"
#include "s3/s3types.h"
#include "util/result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace PartSweep {

// Explicit values from the GUI or from command-line flags; an empty value means "not given".
struct ConnectionOptions
{
    QString profile; // like the AWS CLI's --profile: must exist, and disables the environment's keys
    QString region;
    QString endpointUrl;
    QString caBundle;
    std::optional<AddressingStyle> addressingStyle;
    AwsCredentials credentials; // keys entered by hand: the highest precedence when set
};

struct ResolvedConnection
{
    QString profile;            // the profile used ("default" when none was named)
    AwsCredentials credentials; // .source says where they came from; never the secret itself
    QString region;             // never empty: "us-east-1" when nothing set one (regionIsDefault)
    bool regionIsDefault = false;
    QString endpointUrl; // empty: AWS
    QString caBundle;    // empty: the system's certificates
    AddressingStyle addressingStyle = AddressingStyle::Auto;
    // use_fips_endpoint / AWS_USE_FIPS_ENDPOINT and use_dualstack_endpoint (also under s3) /
    // AWS_USE_DUALSTACK_ENDPOINT; only without an endpoint URL (which wins, as in the AWS CLI).
    AwsEndpointVariant awsVariant;
    // The credential_process command the credentials came from, empty otherwise (for people).
    QString credentialProcess;
    // How to obtain fresh temporary credentials when these expire (BLOCKING; see
    // RenewingCredentialsProvider), when the source can: a credential_process is run again, an
    // assumed role assumed again, a sign-in used again. Empty for keys that do not expire.
    RenewingCredentialsProvider::Obtain renew;
    QString renewWhat;      // "role 'arn:...' assumed from profile 'base'", for logs
    QString assumedRoleArn; // the identity in use when a role was assumed (STS AssumedRoleUser/Arn)
    // Where this profile's STS calls go (GetCallerIdentity: who the credentials belong to); unset
    // when the profile's endpoint settings are unusable for STS.
    std::optional<Auth::StsEndpoint> sts;
    QStringList notes; // for people: what was ignored or defaulted, and why; never contains secrets
};

// Resolves credentials and settings as the AWS CLI (v2) does, from explicit options, the
// environment and the shared files (~/.aws/credentials, ~/.aws/config or the files named by
// AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE).
//
// Credentials, first found wins (botocore's create_credential_resolver):
//   1. keys entered in PartSweep (ConnectionOptions::credentials);
//   2. AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION),
//      skipped when a profile is given in ConnectionOptions (the CLI's --profile) but NOT when it
//      comes from AWS_PROFILE;
//   3. the profile's role_arn: the role is assumed through STS (AssumeRole, SigV4) with the
//      credentials of its source_profile (chains of any depth; a loop is an error naming the
//      chain) or credential_source = Environment; role_session_name, external_id,
//      duration_seconds and mfa_serial (the code comes from the MFA prompt) as the AWS CLI sends
//      them; the answer is cached in ~/.aws/cli/cache as the AWS CLI caches it (and its entries
//      are used while more than 15 minutes remain). STS endpoint: AWS_ENDPOINT_URL_STS >
//      sts.endpoint_url of the profile's [services] section > AWS_ENDPOINT_URL > endpoint_url >
//      https://sts.<region>.amazonaws.com (sts.amazonaws.com with sts_regional_endpoints = legacy).
//      Web identity: AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME), unless
//      a profile is named explicitly, else the profile's web_identity_token_file + role_arn (+
//      role_session_name): AssumeRoleWithWebIdentity (unsigned), the token file read again at
//      each renewal. IAM Identity Center (sso_session + [sso-session], or the legacy sso_start_url
//      keys): the token of ~/.aws/sso/cache (shared with `aws sso login`, refreshed through OIDC
//      for sso-session profiles), then GetRoleCredentials; without a usable token an error says
//      to sign in. `aws login` sessions (login_session): the credentials of ~/.aws/login/cache
//      (Auth::Login), refreshed at the sign-in service near their expiry;
//   4. aws_access_key_id / aws_secret_access_key (+ aws_session_token) in the credentials file;
//   5. the profile's credential_process (from either file; the credentials file wins);
//   6. aws_access_key_id / aws_secret_access_key in the config file.
//   7. container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI);
//   8. EC2 instance metadata (IMDSv2, then v1 unless disabled; AWS_EC2_METADATA_DISABLED=true
//      skips it; without an instance it costs up to a second before "no credentials").
// Temporary credentials that can be obtained again carry `renew` (resolved again, blocking).
// Settings: explicit option > environment > the profile (credentials file values override config
// file values key by key, as botocore merges them). Region: AWS_REGION > AWS_DEFAULT_REGION >
// region > "us-east-1". Endpoint: AWS_ENDPOINT_URL_S3 > AWS_ENDPOINT_URL > s3.endpoint_url of the
// profile's [services NAME] section > endpoint_url > s3.endpoint_url of the profile itself (the
// awscli-plugin-endpoint convention); all but the explicit option are skipped when
// ignore_configured_endpoint_urls (or AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) is true. CA bundle:
// AWS_CA_BUNDLE > ca_bundle. Addressing style: s3.addressing_style of the profile.
// Profile: ConnectionOptions::profile > AWS_PROFILE > AWS_DEFAULT_PROFILE > "default". A profile
// named explicitly (option or environment) must exist; the implicit "default" need not.
//
// Errors are S3Error::Kind::Credentials or ::Config; they name files and lines, never a secret key
// or session token (nor do notes and sources).
//
// A plain value: the files are read on every resolve() and profileNames() call, so edits made
// while PartSweep runs are seen. resolve() and runCredentialProcess() BLOCK while a
// credential_process runs (up to its timeout): call them from the command-line tool or a worker
// thread, never the GUI thread. Reentrant; no thread affinity.
class CredentialResolver
{
public:
    // env: the environment to read (the real one: QProcessEnvironment::systemEnvironment(); tests
    // inject one); it is also the environment credential_process runs with.
    // homeDir: the user's home directory, for ~/.aws/... and '~' in the AWS_*_FILE variables.
    CredentialResolver(QProcessEnvironment env, QString homeDir);

    // Time allowed to a credential_process started by resolve(); 30 s unless set.
    void setCredentialProcessTimeout(int timeoutMs) { m_processTimeoutMs = timeoutMs; }

    // Asks the user for the current code of an MFA device (mfa_serial of a role profile); called
    // on the resolving thread, BLOCKING until answered. Without one, such profiles are refused
    // with an error saying where a code can be entered.
    using MfaPrompt = std::function<Result<QString>(const QString &profile, const QString &mfaSerial)>;
    void setMfaPrompt(MfaPrompt prompt) { m_mfaPrompt = std::move(prompt); }
    // Whether assumed roles may come from ~/.aws/cli/cache (they are written there either way).
    void setRoleCacheReadable(bool readable) { m_roleCacheReadable = readable; }
    // The clock AssumeRole requests are signed with and cached credentials judged by (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Result<ResolvedConnection> resolve(const ConnectionOptions &options) const;

    // The profile a resolution uses: the one given, else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default".
    QString profileFor(const QString &explicitProfile) const;

    // The IAM Identity Center settings of a profile (for signing in); an error when it has none.
    Result<Auth::Sso::Settings> ssoSettings(const QString &profile) const;
    // Where the sign-in tokens are cached (~/.aws/sso/cache).
    QString ssoCacheDir() const { return expandPath(QStringLiteral("~/.aws/sso/cache")); }

    // Profile names from both files, for the GUI's profile list: sorted, unique, "default" first
    // (when present). A file that cannot be parsed contributes nothing.
    QStringList profileNames() const;

    // The files resolve() reads, after AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE and '~' or
    // $VAR expansion.
    QString credentialsFilePath() const;
    QString configFilePath() const;

    // Runs a credential_process command line (split like a POSIX shell would split words, but no
    // shell runs: no variables, pipes or redirections) and reads the JSON it prints on stdout:
    // {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?, "Expiration"? (ISO 8601)}.
    // Errors: the program cannot start, exits non-zero (the message has the exit code and the first
    // line of stderr), runs longer than timeoutMs (it is killed), prints something else than such
    // JSON, or hands out credentials whose Expiration has passed. Stdout is never quoted in errors.
    // BLOCKING: call it from the command-line tool or a worker thread, never the GUI thread.
    Result<AwsCredentials> runCredentialProcess(const QString &commandLine, const QString &profile,
                                                int timeoutMs = 30000) const;

private:
    QString envValue(const QString &name) const; // empty when unset or empty
    QString expandPath(const QString &path) const;

    QProcessEnvironment m_env;
    QString m_homeDir;
    int m_processTimeoutMs = 30000;
    MfaPrompt m_mfaPrompt;
    bool m_roleCacheReadable = true;
    std::function<QDateTime()> m_clock;
};

} // namespace PartSweep
