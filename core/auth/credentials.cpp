#include "auth/credentials.h"

#include "auth/authsupport.h"
#include "auth/awsconfigfile.h"
#include "auth/credentialprocess.h"
#include "auth/login.h"
#include "auth/metadatacredentials.h"
#include "auth/rolecache.h"
#include "auth/sso.h"
#include "auth/sts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

// Why the chain is ordered as it is (checked against botocore 1.43 as installed with the AWS CLI,
// and the AWS CLI v2 documentation):
//  - botocore/credentials.py create_credential_resolver(): providers are env, assume-role, then
//    ProfileProviderBuilder.providers() = web identity, SSO, shared credentials file, login,
//    credential_process, config file. So credential_process sits BETWEEN the two files: keys in
//    ~/.aws/credentials beat it, keys in ~/.aws/config lose to it.
//  - Same function: `disable_env_vars = session.instance_variables().get('profile') is not None`
//    and then `providers.remove(env_provider)`. awscli/clidriver.py sets that instance variable only
//    for --profile (`self.session.set_config_variable('profile', args.profile)`); AWS_PROFILE is
//    read through the config chain and does not disable the environment's keys. Introduced by
//    boto/botocore#486 "Explicit profile overrides environment variables" for aws/aws-cli#113;
//    aws/aws-cli#3304 confirms that with AWS_PROFILE the environment's keys still win.
//  - botocore/session.py get_scoped_config(): a profile set explicitly (flag or environment) must
//    exist, "even if it's the default profile", else ProfileNotFound; the implicit default need not.
//  - session.full_config merges the credentials file into the config file's profiles key by key
//    (credentials file wins); region, endpoint_url, ca_bundle, credential_process and role_arn are
//    read from that merged profile.
//  - botocore/configprovider.py: region = instance var > AWS_DEFAULT_REGION > region; the AWS CLI v2
//    user guide documents AWS_REGION as overriding AWS_DEFAULT_REGION, and the CLI v2's bundled
//    botocore reads AWS_PROFILE before AWS_DEFAULT_PROFILE (stock botocore reverses the two). Where v1
//    and v2 differ we follow v2, the supported one.
//  - ConfiguredEndpointProvider: AWS_ENDPOINT_URL_S3 > AWS_ENDPOINT_URL > [services] s3.endpoint_url
//    > endpoint_url, all skipped under ignore_configured_endpoint_urls.
//  - EnvProvider: AWS_ACCESS_KEY_ID decides; a missing secret is an error (PartialCredentialsError);
//    AWS_SECURITY_TOKEN is read before AWS_SESSION_TOKEN; the files read aws_security_token before
//    aws_session_token likewise.

namespace PartSweep {

using namespace Auth;

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "partsweep.credentials", QtInfoMsg)

const QString defaultProfile = QStringLiteral("default");
const QString defaultRegion = QStringLiteral("us-east-1");

// A value found in the merged profile, with where it came from.
struct Found
{
    QString value;
    const AwsConfigFile *file = nullptr;
    int line = 0;

    QString location() const { return file->location(line); }
};

// The profile as botocore's session.full_config sees it: the config file's section, overridden key
// by key by the credentials file's section of the same name.
struct ProfileView
{
    const AwsConfigFile *credentialsFile = nullptr;
    const AwsConfigFile *configFile = nullptr;
    const AwsConfigSection *fromCredentials = nullptr;
    const AwsConfigSection *fromConfig = nullptr;

    // The profile named `profile` in both files.
    static ProfileView of(const AwsConfigFile &credentials, const AwsConfigFile &config, const QString &profile)
    {
        return ProfileView{.credentialsFile = &credentials,
                           .configFile = &config,
                           .fromCredentials = credentials.profile(profile),
                           .fromConfig = config.profile(profile)};
    }

    bool exists() const { return fromCredentials || fromConfig; }

    std::pair<const AwsConfigSection *, const AwsConfigFile *> owner(const QString &key) const
    {
        if (fromCredentials && fromCredentials->contains(key))
            return {fromCredentials, credentialsFile};
        if (fromConfig && fromConfig->contains(key))
            return {fromConfig, configFile};
        return {nullptr, nullptr};
    }

    // The plain value of key, when set and not empty.
    std::optional<Found> find(const QString &key) const
    {
        const auto [section, file] = owner(key);
        if (!section || section->value(key).isEmpty())
            return std::nullopt;
        return Found{section->value(key), file, section->lineOf(key)};
    }

    // subKey of the sub-section key; a whole sub-section of the credentials file replaces the
    // config file's (botocore's dict update).
    std::optional<Found> findSub(const QString &key, const QString &subKey) const
    {
        const auto [section, file] = owner(key);
        if (!section || section->subValue(key, subKey).isEmpty())
            return std::nullopt;
        return Found{section->subValue(key, subKey), file, section->lineOf(key, subKey)};
    }

    std::optional<Found> findAny(const QStringList &keys) const
    {
        for (const QString &key : keys) {
            if (const auto found = find(key))
                return found;
        }
        return std::nullopt;
    }
};

// Keys from one section of one file (botocore's SharedCredentialProvider / ConfigProvider).
std::optional<Result<AwsCredentials>> keysFromSection(const AwsConfigSection *section, const AwsConfigFile &file,
                                                      const QString &profile)
{
    if (!section || !section->contains(QStringLiteral("aws_access_key_id")))
        return std::nullopt;
    AwsCredentials credentials;
    credentials.accessKeyId = section->value(QStringLiteral("aws_access_key_id"));
    credentials.secretAccessKey = section->value(QStringLiteral("aws_secret_access_key"));
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        const QString missing = credentials.accessKeyId.isEmpty() ? QStringLiteral("aws_access_key_id")
                                                                  : QStringLiteral("aws_secret_access_key");
        return Result<AwsCredentials>(credentialsError(
            QCoreApplication::translate("Auth", "%1: profile %2 sets aws_access_key_id but %3 is empty "
                                                "or missing.")
                .arg(file.location(section->lineOf(QStringLiteral("aws_access_key_id"))), quoted(profile), missing),
            QCoreApplication::translate("Auth", "Set both aws_access_key_id and aws_secret_access_key in %1 of %2.")
                .arg(file.headerFor(profile), file.path())));
    }
    for (const QString &tokenKey : {QStringLiteral("aws_security_token"), QStringLiteral("aws_session_token")}) {
        if (section->contains(tokenKey)) {
            credentials.sessionToken = section->value(tokenKey);
            break;
        }
    }
    credentials.source = QCoreApplication::translate("Auth", "profile %1 in %2").arg(quoted(profile), file.path());
    return Result<AwsCredentials>(credentials);
}

// The endpoint configured for one of the identity services (botocore's configured endpoints):
// AWS_ENDPOINT_URL_<ID> > [services] <key>.endpoint_url > AWS_ENDPOINT_URL > endpoint_url, unless
// configured endpoints are ignored; empty when none is. id: "STS", "SSO", "SSO_OIDC".
Result<QUrl> configuredEndpoint(const QProcessEnvironment &env, const ProfileView &view,
                                const AwsConfigFile &configFile, const QString &id)
{
    bool ignoreConfigured = false;
    const QString ignoreEnv = env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    if (!ignoreEnv.isEmpty())
        ignoreConfigured = ignoreEnv.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    else if (const auto ignore = view.find(QStringLiteral("ignore_configured_endpoint_urls")))
        ignoreConfigured = ignore->value.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    if (ignoreConfigured)
        return QUrl();
    const QString variable = QStringLiteral("AWS_ENDPOINT_URL_") + id;
    QString configured = env.value(variable);
    if (configured.isEmpty()) {
        if (const auto services = view.find(QStringLiteral("services"))) {
            if (const AwsConfigSection *section = configFile.servicesSection(services->value))
                configured = section->subValue(id.toLower(), QStringLiteral("endpoint_url"));
        }
    }
    if (configured.isEmpty())
        configured = env.value(QStringLiteral("AWS_ENDPOINT_URL"));
    if (configured.isEmpty()) {
        if (const auto endpoint = view.find(QStringLiteral("endpoint_url")))
            configured = endpoint->value;
    }
    if (configured.isEmpty())
        return QUrl();
    const QUrl url(configured);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return configError(
            QCoreApplication::translate("Auth", "The %1 endpoint %2 is not an http:// or https:// URL.")
                .arg(id, quoted(configured)),
            QCoreApplication::translate("Auth", "Fix %1, AWS_ENDPOINT_URL or endpoint_url.").arg(variable));
    }
    return url;
}

// Where STS requests go for a profile: the configured endpoint, else the regional one (global
// with sts_regional_endpoints = legacy).
Result<StsEndpoint> stsEndpointFor(const QProcessEnvironment &env, const ProfileView &view,
                                   const AwsConfigFile &configFile, const QString &region)
{
    const Result<QUrl> configured = configuredEndpoint(env, view, configFile, QStringLiteral("STS"));
    if (!configured)
        return configured.error();
    const auto legacy = view.find(QStringLiteral("sts_regional_endpoints"));
    const QString legacyEnv = env.value(QStringLiteral("AWS_STS_REGIONAL_ENDPOINTS"));
    const bool global = (!legacyEnv.isEmpty() ? legacyEnv : legacy ? legacy->value : QString()) == u"legacy";
    StsEndpoint endpoint = defaultStsEndpoint(region, global);
    if (!configured->isEmpty())
        endpoint.url = *configured;
    return endpoint;
}

// The IAM Identity Center settings of a profile (sso_session + [sso-session NAME], or the legacy
// keys on the profile itself), with the portal and OIDC endpoints.
Result<Sso::Settings> ssoSettingsFor(const QProcessEnvironment &env, const ProfileView &view,
                                     const AwsConfigFile &configFile, const QString &profile)
{
    Sso::Settings settings;
    const auto need = [&](const QString &key, const Found &near) -> Result<QString> {
        if (const auto found = view.find(key))
            return found->value;
        return configError(
            QCoreApplication::translate("Auth", "%1: profile %2 signs in with IAM Identity Center but has no %3.")
                .arg(near.location(), quoted(profile), key),
            QCoreApplication::translate("Auth", "Run `aws configure sso --profile %1`, or add %2.").arg(profile, key));
    };
    if (const auto session = view.find(QStringLiteral("sso_session"))) {
        settings.sessionName = session->value;
        const AwsConfigSection *section = configFile.ssoSessionSection(session->value);
        if (!section) {
            return configError(
                QCoreApplication::translate("Auth",
                                            "%1: profile %2 names sso_session %3, but %4 has no [sso-session %3].")
                    .arg(session->location(), quoted(profile), session->value, configFile.path()),
                QCoreApplication::translate("Auth", "Run `aws configure sso-session`, or fix the name."));
        }
        settings.startUrl = section->value(QStringLiteral("sso_start_url"));
        settings.region = section->value(QStringLiteral("sso_region"));
        if (settings.startUrl.isEmpty() || settings.region.isEmpty()) {
            return configError(
                QCoreApplication::translate("Auth", "%1: [sso-session %2] needs sso_start_url and sso_region.")
                    .arg(configFile.location(section->line), session->value),
                QCoreApplication::translate("Auth", "Run `aws configure sso-session`."));
        }
        for (const QString &key : {QStringLiteral("sso_start_url"), QStringLiteral("sso_region")}) {
            if (const auto own = view.find(key); own && own->value != section->value(key)) {
                return configError(
                    QCoreApplication::translate("Auth", "%1: %2 of profile %3 differs from that of [sso-session %4].")
                        .arg(own->location(), key, quoted(profile), session->value),
                    QCoreApplication::translate("Auth", "Remove it from the profile."));
            }
        }
        const Result<QString> account = need(QStringLiteral("sso_account_id"), *session);
        if (!account)
            return account.error();
        const Result<QString> role = need(QStringLiteral("sso_role_name"), *session);
        if (!role)
            return role.error();
        settings.accountId = *account;
        settings.roleName = *role;
    } else {
        const Found near = *view.findAny({QStringLiteral("sso_start_url"), QStringLiteral("sso_account_id"),
                                          QStringLiteral("sso_role_name"), QStringLiteral("sso_region")});
        for (auto [key, into] : {std::pair{QStringLiteral("sso_start_url"), &settings.startUrl},
                                 std::pair{QStringLiteral("sso_region"), &settings.region},
                                 std::pair{QStringLiteral("sso_account_id"), &settings.accountId},
                                 std::pair{QStringLiteral("sso_role_name"), &settings.roleName}}) {
            const Result<QString> value = need(key, near);
            if (!value)
                return value.error();
            *into = *value;
        }
    }
    for (auto [id, into, host] : {std::tuple{QStringLiteral("SSO"), &settings.portalEndpoint,
                                             QStringLiteral("https://portal.sso.%1.amazonaws.com")},
                                  std::tuple{QStringLiteral("SSO_OIDC"), &settings.oidcEndpoint,
                                             QStringLiteral("https://oidc.%1.amazonaws.com")}}) {
        const Result<QUrl> configured = configuredEndpoint(env, view, configFile, id);
        if (!configured)
            return configured.error();
        *into = configured->isEmpty() ? QUrl(host.arg(settings.region)) : *configured;
    }
    return settings;
}

// IAM Identity Center: the token `aws sso login` cached (refreshed when it can be), then the
// role's credentials from the portal. BLOCKING.
Result<AwsCredentials> ssoCredentials(const QProcessEnvironment &env, const ProfileView &view,
                                      const AwsConfigFile &configFile, const QString &profile, const QString &cacheDir,
                                      const QDateTime &now)
{
    const Result<Sso::Settings> sso = ssoSettingsFor(env, view, configFile, profile);
    if (!sso)
        return sso.error();
    const Result<Sso::Token> token = Sso::usableToken(*sso, cacheDir, profile, now);
    if (!token)
        return token.error();
    return Sso::roleCredentials(*sso, *token, profile);
}

bool signsInWithSso(const ProfileView &view)
{
    return view
        .findAny({QStringLiteral("sso_session"), QStringLiteral("sso_start_url"), QStringLiteral("sso_account_id"),
                  QStringLiteral("sso_role_name")})
        .has_value();
}

// A role assumed with a web identity token (AssumeRoleWithWebIdentity, unsigned); the token file
// is read at every call (the platform rotates it). BLOCKING.
struct WebIdentity
{
    QString tokenFile;      // read again at every renewal
    QString tokenFileWhere; // where it was set, for messages
    QString roleArn;
    QString sessionName;
};

Result<AssumedRole> assumeWithWebIdentity(const StsEndpoint &endpoint, const WebIdentity &web, const QDateTime &now)
{
    QFile file(web.tokenFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return credentialsError(
            QCoreApplication::translate("Auth", "The web identity token file %1 (%2) cannot be read: %3.")
                .arg(web.tokenFile, web.tokenFileWhere, file.errorString()),
            QCoreApplication::translate("Auth", "On Kubernetes (EKS), check the service account's token is "
                                                "mounted; elsewhere, check the path."));
    }
    AssumeRoleParams params;
    params.roleArn = web.roleArn;
    params.roleSessionName =
        web.sessionName.isEmpty() ? QStringLiteral("partsweep-%1").arg(now.toSecsSinceEpoch()) : web.sessionName;
    params.webIdentityToken = QString::fromUtf8(file.read(1 << 20)).trimmed();
    Result<AssumedRole> role = assumeRoleWithWebIdentity(endpoint, params);
    if (!role)
        return withContext(role.error(),
                           QCoreApplication::translate("Auth", "web identity token from %1").arg(web.tokenFileWhere));
    AssumedRole assumed = std::move(role).value();
    assumed.credentials.source =
        QCoreApplication::translate("Auth", "role %1 assumed with the web identity token of %2")
            .arg(quoted(params.roleArn), web.tokenFile);
    return assumed;
}

// `aws login`: the session's cached credentials (refreshed at the sign-in service near their
// expiry). The service is asked in the profile's region; AWS_LOGIN_CACHE_DIRECTORY moves the cache.
Result<AwsCredentials> loginCredentials(const QProcessEnvironment &env, const ProfileView &view,
                                        const AwsConfigFile &configFile, const QString &session, const QString &profile,
                                        const QString &region, const QString &cacheDir, const QDateTime &now)
{
    Login::Settings settings;
    settings.session = session;
    settings.region = region;
    const Result<QUrl> configured = configuredEndpoint(env, view, configFile, QStringLiteral("SIGNIN"));
    if (!configured)
        return configured.error();
    settings.endpoint = configured->isEmpty() ? Login::defaultEndpoint(region) : *configured;
    settings.cacheDir = cacheDir;
    return Login::credentials(settings, profile, now);
}

// Assumes the role of a profile (role_arn), getting the source credentials from its
// source_profile (which may assume a role itself) or credential_source, as botocore's
// AssumeRoleProvider does. BLOCKING (STS, a credential_process, the MFA prompt).
struct RoleAssumer
{
    const QProcessEnvironment &env;
    const AwsConfigFile &credentialsFile;
    const AwsConfigFile &configFile;
    StsEndpoint sts;
    QString cacheDir;    // ~/.aws/cli/cache
    QString ssoCacheDir; // ~/.aws/sso/cache
    std::function<QString(const QString &)> expandPath;
    CredentialResolver::MfaPrompt mfaPrompt;
    int processTimeoutMs = 30000;
    QDateTime now;
    bool readCache = true;
    bool usedMfa = false;

    ProfileView viewOf(const QString &profile) const { return ProfileView::of(credentialsFile, configFile, profile); }

    // The role of `profile` (which has role_arn), assumed; chain: the profiles already on the way.
    Result<AssumedRole> assume(const QString &profile, QStringList chain)
    {
        const ProfileView view = viewOf(profile);
        const Found roleArn = *view.find(QStringLiteral("role_arn"));
        chain.append(profile);
        const auto sourceProfile = view.find(QStringLiteral("source_profile"));
        const auto credentialSource = view.find(QStringLiteral("credential_source"));
        if (sourceProfile && credentialSource) {
            return configError(QCoreApplication::translate(
                                   "Auth", "%1: profile %2 sets both source_profile and credential_source; a role "
                                           "profile takes exactly one.")
                                   .arg(roleArn.location(), quoted(profile)),
                               QCoreApplication::translate("Auth", "Keep one of them."));
        }
        if (!sourceProfile && !credentialSource) {
            return configError(
                QCoreApplication::translate("Auth",
                                            "%1: profile %2 assumes role %3 but names neither source_profile nor "
                                            "credential_source, so there are no credentials to assume it with.")
                    .arg(roleArn.location(), quoted(profile), quoted(roleArn.value)),
                QCoreApplication::translate("Auth", "Add source_profile = <a profile with keys> to the profile."));
        }

        AssumeRoleParams params;
        params.roleArn = roleArn.value;
        const auto sessionName = view.find(QStringLiteral("role_session_name"));
        params.roleSessionName =
            sessionName ? sessionName->value : QStringLiteral("partsweep-%1").arg(now.toSecsSinceEpoch());
        if (const auto externalId = view.find(QStringLiteral("external_id")))
            params.externalId = externalId->value;
        if (const auto duration = view.find(QStringLiteral("duration_seconds"))) {
            bool ok = false;
            const int seconds = duration->value.toInt(&ok);
            if (!ok || seconds < 900 || seconds > 43200) {
                return configError(QCoreApplication::translate(
                                       "Auth", "%1: duration_seconds of profile %2 is %3; it must be a number of "
                                               "seconds from 900 to 43200.")
                                       .arg(duration->location(), quoted(profile), quoted(duration->value)),
                                   QCoreApplication::translate(
                                       "Auth", "Fix the value, or remove it for the role's default (1 hour)."));
            }
            params.durationSeconds = seconds;
        }
        if (const auto serial = view.find(QStringLiteral("mfa_serial")))
            params.mfaSerial = serial->value;

        const QString cacheKey = RoleCache::key(params, sessionName.has_value());
        if (std::optional<AssumedRole> cached = readCache ? RoleCache::read(cacheDir, cacheKey, now) : std::nullopt) {
            cached->credentials.source = QCoreApplication::translate("Auth", "role %1 of profile %2 (cached in %3)")
                                             .arg(quoted(params.roleArn), quoted(profile), cacheDir);
            return *cached;
        }

        Result<AwsCredentials> source = sourceProfile ? fromSourceProfile(profile, *sourceProfile, chain)
                                                      : fromCredentialSource(profile, *credentialSource);
        if (!source)
            return source.error();

        if (!params.mfaSerial.isEmpty()) {
            if (!mfaPrompt) {
                return credentialsError(
                    QCoreApplication::translate("Auth",
                                                "Profile %1 assumes role %2 with an MFA device (mfa_serial %3), "
                                                "and no MFA code can be asked here.")
                        .arg(quoted(profile), quoted(params.roleArn), quoted(params.mfaSerial)),
                    QCoreApplication::translate("Auth", "Run partsweep-cli on a terminal, or connect in PartSweep's "
                                                        "window: both ask for the code."));
            }
            const Result<QString> code = mfaPrompt(profile, params.mfaSerial);
            if (!code)
                return code.error();
            params.mfaCode = code->trimmed();
            usedMfa = true;
        }
        Result<AssumedRole> assumed = assumeRole(sts, *source, params, now);
        if (!assumed) {
            return withContext(assumed.error(),
                               QCoreApplication::translate("Auth", "profile %1, role_arn at %2, source: %3")
                                   .arg(quoted(profile), roleArn.location(), source->source));
        }
        AssumedRole role = *assumed;
        role.credentials.source = QCoreApplication::translate("Auth", "role %1 of profile %2, assumed with %3")
                                      .arg(quoted(params.roleArn), quoted(profile), source->source);
        RoleCache::write(cacheDir, cacheKey, role);
        return role;
    }

    Result<AwsCredentials> fromSourceProfile(const QString &profile, const Found &sourceProfile,
                                             const QStringList &chain)
    {
        const QString source = sourceProfile.value;
        const ProfileView view = viewOf(source);
        if (!view.exists()) {
            return configError(
                QCoreApplication::translate("Auth",
                                            "%1: profile %2 takes its credentials from source_profile %3, which does "
                                            "not exist.")
                    .arg(sourceProfile.location(), quoted(profile), quoted(source)),
                QCoreApplication::translate("Auth", "Create the profile %1 or fix the name.").arg(source));
        }
        const auto staticKeys = [&]() -> std::optional<Result<AwsCredentials>> {
            if (auto keys = keysFromSection(view.fromCredentials, credentialsFile, source))
                return keys;
            return keysFromSection(view.fromConfig, configFile, source);
        };
        // A profile may be its own source only when it holds keys (botocore's rule).
        const bool self = source == profile;
        // A source that assumes its role with a web identity token (botocore resolves a source
        // profile without assume-role settings through the whole profile chain).
        if (const auto tokenFile = view.find(QStringLiteral("web_identity_token_file"));
            tokenFile && view.find(QStringLiteral("role_arn")) && !self) {
            const WebIdentity web{.tokenFile = expandPath ? expandPath(tokenFile->value) : tokenFile->value,
                                  .tokenFileWhere = tokenFile->location(),
                                  .roleArn = view.find(QStringLiteral("role_arn"))->value,
                                  .sessionName =
                                      view.find(QStringLiteral("role_session_name")).value_or(Found{}).value};
            Result<AssumedRole> role = assumeWithWebIdentity(sts, web, now);
            if (!role)
                return role.error();
            return role->credentials;
        }
        if (view.find(QStringLiteral("role_arn")) && !self) {
            if (chain.contains(source)) {
                return configError(
                    QCoreApplication::translate("Auth", "%1: the source profiles of profile %2 loop: %3.")
                        .arg(sourceProfile.location(), quoted(chain.first()),
                             (chain + QStringList{source}).join(QStringLiteral(" -> "))),
                    QCoreApplication::translate("Auth", "End the chain with a profile that holds keys."));
            }
            Result<AssumedRole> role = assume(source, chain);
            if (!role)
                return role.error();
            return role->credentials;
        }
        if (auto keys = staticKeys())
            return *keys;
        if (self) {
            return configError(
                QCoreApplication::translate("Auth", "%1: profile %2 is its own source_profile but holds no keys.")
                    .arg(sourceProfile.location(), quoted(profile)),
                QCoreApplication::translate("Auth", "Name another profile as source_profile."));
        }
        if (signsInWithSso(view))
            return ssoCredentials(env, view, configFile, source, ssoCacheDir, now);
        if (const auto process = view.find(QStringLiteral("credential_process")))
            return runCredentialProcess(env, process->value, source, processTimeoutMs);
        return credentialsError(
            QCoreApplication::translate("Auth", "%1: source_profile %2 of profile %3 has no credentials (no keys, no "
                                                "IAM Identity Center sign-in, no credential_process, no role_arn).")
                .arg(sourceProfile.location(), quoted(source), quoted(profile)),
            QCoreApplication::translate("Auth", "Give profile %1 keys (`aws configure --profile %1`).").arg(source));
    }

    Result<AwsCredentials> fromCredentialSource(const QString &profile, const Found &credentialSource) const
    {
        if (credentialSource.value == u"Environment") {
            AwsCredentials keys;
            keys.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
            keys.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
            keys.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
            if (keys.isEmpty()) {
                return credentialsError(
                    QCoreApplication::translate("Auth", "%1: profile %2 takes its source credentials from the "
                                                        "environment, but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                                                        "are not both set.")
                        .arg(credentialSource.location(), quoted(profile)),
                    QCoreApplication::translate("Auth", "Export both variables, or use source_profile."));
            }
            keys.source = QCoreApplication::translate("Auth", "the environment (AWS_ACCESS_KEY_ID)");
            return keys;
        }
        if (credentialSource.value == u"Ec2InstanceMetadata" || credentialSource.value == u"EcsContainer") {
            const bool container = credentialSource.value == u"EcsContainer";
            QString whyNone;
            std::optional<Result<AwsCredentials>> platform =
                container ? containerCredentials(env) : instanceCredentials(env, false, &whyNone);
            if (!platform) {
                return credentialsError(
                    container ? QCoreApplication::translate("Auth", "%1: profile %2 takes its source credentials from "
                                                                    "%3, and no container credentials endpoint is set "
                                                                    "(AWS_CONTAINER_CREDENTIALS_*).")
                                    .arg(credentialSource.location(), quoted(profile), credentialSource.value)
                              : QCoreApplication::translate("Auth", "%1: profile %2 takes its source credentials from "
                                                                    "%3, and the instance metadata gave none: %4.")
                                    .arg(credentialSource.location(), quoted(profile), credentialSource.value, whyNone),
                    QCoreApplication::translate("Auth", "Run it where that source exists, or use source_profile."));
            }
            return *platform;
        }
        return configError(
            QCoreApplication::translate("Auth", "%1: credential_source of profile %2 is %3; it must be Environment, "
                                                "Ec2InstanceMetadata or EcsContainer.")
                .arg(credentialSource.location(), quoted(profile), quoted(credentialSource.value)),
            QCoreApplication::translate("Auth", "Fix the value."));
    }
};

// Temporary credentials obtained again the way they were first: the profile resolved again (the
// cache of assumed roles is used while it holds more than 15 minutes, the token file re-read).
RenewingCredentialsProvider::Obtain resolvingAgain(const CredentialResolver &resolver, const ConnectionOptions &options)
{
    return [resolver, options](RenewingCredentialsProvider::Renewal why) {
        CredentialResolver fresh = resolver;
        // Refused as expired (revoked early, clocks apart): the cached role may be the refused one.
        if (why == RenewingCredentialsProvider::Renewal::RefusedAsExpired)
            fresh.setRoleCacheReadable(false);
        Result<ResolvedConnection> again = fresh.resolve(options);
        return again ? Result<AwsCredentials>(again->credentials) : Result<AwsCredentials>(again.error());
    };
}

} // namespace

CredentialResolver::CredentialResolver(QProcessEnvironment env, QString homeDir)
    : m_env(std::move(env))
    , m_homeDir(std::move(homeDir))
{}

QString CredentialResolver::envValue(const QString &name) const
{
    return m_env.value(name);
}

// os.path.expandvars then os.path.expanduser, as botocore treats AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE. Unknown variables stay as written.
QString CredentialResolver::expandPath(const QString &path) const
{
    static const QRegularExpression variable(QStringLiteral("\\$(\\w+|\\{[^}]*\\})"));
    QString expanded;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = variable.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString name = match.captured(1);
        if (name.startsWith(u'{'))
            name = name.mid(1, name.size() - 2);
        expanded += path.mid(last, match.capturedStart() - last);
        expanded += m_env.contains(name) ? m_env.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    expanded += path.mid(last);
    if (expanded == QStringLiteral("~"))
        return m_homeDir;
    if (expanded.startsWith(QStringLiteral("~/")))
        return QDir(m_homeDir).filePath(expanded.mid(2));
    return expanded;
}

QString CredentialResolver::credentialsFilePath() const
{
    const QString fromEnv = envValue(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return expandPath(fromEnv.isEmpty() ? QStringLiteral("~/.aws/credentials") : fromEnv);
}

QString CredentialResolver::configFilePath() const
{
    const QString fromEnv = envValue(QStringLiteral("AWS_CONFIG_FILE"));
    return expandPath(fromEnv.isEmpty() ? QStringLiteral("~/.aws/config") : fromEnv);
}

QStringList CredentialResolver::profileNames() const
{
    QStringList names;
    const Result<AwsConfigFile> credentials =
        AwsConfigFile::load(credentialsFilePath(), AwsConfigFile::Kind::Credentials);
    if (credentials)
        names += credentials->profileNames();
    const Result<AwsConfigFile> config = AwsConfigFile::load(configFilePath(), AwsConfigFile::Kind::Config);
    if (config)
        names += config->profileNames();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    if (names.removeOne(defaultProfile))
        names.prepend(defaultProfile);
    return names;
}

QString CredentialResolver::profileFor(const QString &explicitProfile) const
{
    for (const QString &name :
         {explicitProfile, envValue(QStringLiteral("AWS_PROFILE")), envValue(QStringLiteral("AWS_DEFAULT_PROFILE"))}) {
        if (!name.isEmpty())
            return name;
    }
    return defaultProfile;
}

Result<Auth::Sso::Settings> CredentialResolver::ssoSettings(const QString &profile) const
{
    const Result<AwsConfigFile> credentialsLoad =
        AwsConfigFile::load(credentialsFilePath(), AwsConfigFile::Kind::Credentials);
    if (!credentialsLoad)
        return credentialsLoad.error();
    const Result<AwsConfigFile> configLoad = AwsConfigFile::load(configFilePath(), AwsConfigFile::Kind::Config);
    if (!configLoad)
        return configLoad.error();
    const ProfileView view = ProfileView::of(*credentialsLoad, *configLoad, profile);
    if (!view.findAny({QStringLiteral("sso_session"), QStringLiteral("sso_start_url")})) {
        return configError(
            QCoreApplication::translate("Auth",
                                        "Profile %1 does not sign in with IAM Identity Center (no sso_session or "
                                        "sso_start_url in %2).")
                .arg(quoted(profile), configFilePath()),
            QCoreApplication::translate("Auth", "Run `aws configure sso --profile %1` first.").arg(profile));
    }
    return ssoSettingsFor(m_env, view, *configLoad, profile);
}

Result<ResolvedConnection> CredentialResolver::resolve(const ConnectionOptions &options) const
{
    ResolvedConnection out;

    const Result<AwsConfigFile> credentialsLoad =
        AwsConfigFile::load(credentialsFilePath(), AwsConfigFile::Kind::Credentials);
    if (!credentialsLoad)
        return credentialsLoad.error();
    const Result<AwsConfigFile> configLoad = AwsConfigFile::load(configFilePath(), AwsConfigFile::Kind::Config);
    if (!configLoad)
        return configLoad.error();
    const AwsConfigFile &credentialsFile = credentialsLoad.value();
    const AwsConfigFile &configFile = configLoad.value();
    for (const AwsConfigFile *file : {&credentialsFile, &configFile}) {
        if (!file->readProblem().isEmpty()) {
            out.notes << QCoreApplication::translate(
                             "Auth", "%1 could not be read (%2); it was skipped, as the AWS CLI skips it.")
                             .arg(file->path(), file->readProblem());
        }
    }

    // --- which profile ---
    const QString envProfile = envValue(QStringLiteral("AWS_PROFILE"));
    const QString envDefaultProfile = envValue(QStringLiteral("AWS_DEFAULT_PROFILE"));
    const bool explicitProfile = !options.profile.isEmpty();
    QString profileOrigin; // empty: the implicit default
    if (explicitProfile) {
        out.profile = options.profile;
        //: How the profile was chosen, shown in parentheses after its name.
        profileOrigin = QCoreApplication::translate("Auth", "given explicitly");
        for (const QString &name : {QStringLiteral("AWS_PROFILE"), QStringLiteral("AWS_DEFAULT_PROFILE")}) {
            const QString value = envValue(name);
            if (!value.isEmpty() && value != options.profile) {
                out.notes << QCoreApplication::translate("Auth",
                                                         "%1=%2 ignored because profile %3 was given explicitly.")
                                 .arg(name, value, quoted(options.profile));
            }
        }
    } else if (!envProfile.isEmpty()) {
        out.profile = envProfile;
        profileOrigin = QCoreApplication::translate("Auth", "from AWS_PROFILE");
        if (!envDefaultProfile.isEmpty() && envDefaultProfile != envProfile) {
            out.notes << QCoreApplication::translate("Auth",
                                                     "AWS_DEFAULT_PROFILE=%1 ignored because AWS_PROFILE=%2 is set.")
                             .arg(envDefaultProfile, envProfile);
        }
    } else if (!envDefaultProfile.isEmpty()) {
        out.profile = envDefaultProfile;
        profileOrigin = QCoreApplication::translate("Auth", "from AWS_DEFAULT_PROFILE");
    } else {
        out.profile = defaultProfile;
    }

    const ProfileView view = ProfileView::of(credentialsFile, configFile, out.profile);

    const auto describeFile = [](const AwsConfigFile &file) -> QString {
        //: %1: the path of a file that does not exist.
        return file.exists() ? file.path() : QCoreApplication::translate("Auth", "%1 (no such file)").arg(file.path());
    };
    const bool enteredKeys =
        !options.credentials.accessKeyId.isEmpty() || !options.credentials.secretAccessKey.isEmpty();
    if (!profileOrigin.isEmpty() && !view.exists()) {
        const QString searched = QCoreApplication::translate("Auth", "searched %1 in %2 and %3 in %4")
                                     .arg(credentialsFile.headerFor(out.profile), describeFile(credentialsFile),
                                          configFile.headerFor(out.profile), describeFile(configFile));
        if (enteredKeys && !explicitProfile) {
            // A stale AWS_PROFILE in the desktop session must not block keys typed into the GUI.
            out.notes << QCoreApplication::translate(
                             "Auth", "The profile %1 (%2) does not exist (%3); ignored because keys were entered.")
                             .arg(quoted(out.profile), profileOrigin, searched);
        } else {
            return configError(
                QCoreApplication::translate("Auth", "The profile %1 (%2) was not found: %3.")
                    .arg(quoted(out.profile), profileOrigin, searched),
                QCoreApplication::translate("Auth", "Check the spelling, or create the profile with `aws configure "
                                                    "--profile %1`.")
                    .arg(out.profile));
        }
    }

    // --- credentials ---
    const QString envAccessKey = envValue(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString envSecretKey = envValue(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    QStringList searched; // for the "nothing found" error
    bool assumesRole = false;
    std::optional<WebIdentity> webIdentity;
    bool usesSso = false;
    if (enteredKeys) {
        if (options.credentials.accessKeyId.isEmpty() || options.credentials.secretAccessKey.isEmpty()) {
            return credentialsError(
                QCoreApplication::translate("Auth", "Only part of the keys was entered."),
                QCoreApplication::translate("Auth", "Enter both the access key ID and the secret access key, or "
                                                    "clear both to use a profile."));
        }
        out.credentials = options.credentials;
        //: Where the credentials come from, e.g. in "Access key %1 from %2."
        out.credentials.source = QCoreApplication::translate("Auth", "entered in PartSweep");
        if (!envAccessKey.isEmpty())
            out.notes << QCoreApplication::translate(
                "Auth", "AWS_ACCESS_KEY_ID ignored because keys were entered in PartSweep.");
    } else if (!envAccessKey.isEmpty() && explicitProfile) {
        out.notes << QCoreApplication::translate(
                         "Auth", "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ignored because profile %1 was "
                                 "given explicitly (the AWS CLI does the same with --profile).")
                         .arg(quoted(out.profile));
        searched << QCoreApplication::translate("Auth", "the environment (ignored: profile given explicitly)");
    } else if (!envAccessKey.isEmpty()) {
        if (envSecretKey.isEmpty()) {
            return credentialsError(
                QCoreApplication::translate("Auth", "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not."),
                QCoreApplication::translate("Auth",
                                            "Set both variables, or unset AWS_ACCESS_KEY_ID to use a profile."));
        }
        out.credentials.accessKeyId = envAccessKey;
        out.credentials.secretAccessKey = envSecretKey;
        for (const QString &name : {QStringLiteral("AWS_SECURITY_TOKEN"), QStringLiteral("AWS_SESSION_TOKEN")}) {
            if (!envValue(name).isEmpty()) {
                out.credentials.sessionToken = envValue(name);
                break;
            }
        }
        out.credentials.source = QCoreApplication::translate("Auth", "environment (AWS_ACCESS_KEY_ID)");
        const QString expiration = envValue(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
        if (!expiration.isEmpty()) {
            out.credentials.expiration = parseTimestamp(expiration);
            if (!out.credentials.expiration.isValid()) {
                return credentialsError(
                    QCoreApplication::translate("Auth", "AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time."),
                    QCoreApplication::translate("Auth", "Use a time like 2030-01-31T12:00:00Z, or unset it."));
            }
        }
        if (!profileOrigin.isEmpty()) {
            out.notes << QCoreApplication::translate(
                             "Auth", "The keys in AWS_ACCESS_KEY_ID take precedence over the credentials of "
                                     "profile %1 (%2), as in the AWS CLI; unset them to use the profile's.")
                             .arg(quoted(out.profile), profileOrigin);
        }
    } else {
        if (!envSecretKey.isEmpty())
            out.notes << QCoreApplication::translate(
                "Auth", "AWS_SECRET_ACCESS_KEY ignored because AWS_ACCESS_KEY_ID is not set.");
        searched << QCoreApplication::translate("Auth", "the environment (AWS_ACCESS_KEY_ID not set)");
    }

    if (out.credentials.isEmpty()) {
        // Sources PartSweep cannot use yet: say so rather than fall through to other keys, since the
        // AWS CLI would use them here.
        // Web identity (botocore's AssumeRoleWithWebIdentityProvider): each setting from the
        // environment unless a profile was named explicitly, else from the profile.
        const auto webSetting = [&](const QString &envName, const QString &key) -> std::optional<Found> {
            if (!explicitProfile && !envValue(envName).isEmpty())
                return Found{envValue(envName), nullptr, 0};
            return view.find(key);
        };
        const auto tokenFile =
            webSetting(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), QStringLiteral("web_identity_token_file"));
        const auto webRoleArn = webSetting(QStringLiteral("AWS_ROLE_ARN"), QStringLiteral("role_arn"));
        if (view.find(QStringLiteral("role_arn")) && !view.find(QStringLiteral("web_identity_token_file"))) {
            // Assumed once the region and the endpoints are known (below).
            assumesRole = true;
        } else if (tokenFile && webRoleArn) {
            webIdentity = WebIdentity{
                .tokenFile = expandPath(tokenFile->value),
                .tokenFileWhere =
                    tokenFile->file ? tokenFile->location() : QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"),
                .roleArn = webRoleArn->value,
                .sessionName = webSetting(QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("role_session_name"))
                                   .value_or(Found{})
                                   .value};
        } else if (tokenFile && tokenFile->file) {
            return configError(QCoreApplication::translate(
                                   "Auth", "%1: profile %2 has web_identity_token_file but no role_arn to assume "
                                           "with the token.")
                                   .arg(tokenFile->location(), quoted(out.profile)),
                               QCoreApplication::translate("Auth", "Add role_arn to the profile."));
        }
        if (assumesRole || webIdentity) {
        } else if (signsInWithSso(view)) {
            // IAM Identity Center: the token `aws sso login` cached (refreshed when it can be),
            // then the role's credentials from the portal.
            const Result<AwsCredentials> role = ssoCredentials(m_env, view, configFile, out.profile, ssoCacheDir(),
                                                               m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
            if (!role)
                return role.error();
            out.credentials = *role;
            out.renewWhat = out.credentials.source;
            out.renew = resolvingAgain(*this, options);
            usesSso = true;
        }
        bool usesLogin = false;
        if (const auto login = view.find(QStringLiteral("login_session"));
            login && !assumesRole && !webIdentity && !usesSso) {
            // `aws login`: the session's credentials the AWS CLI cached, refreshed when near expiry.
            const QString cacheDir = envValue(QStringLiteral("AWS_LOGIN_CACHE_DIRECTORY"));
            const Result<AwsCredentials> session =
                loginCredentials(m_env, view, configFile, login->value, out.profile, out.region,
                                 expandPath(cacheDir.isEmpty() ? QStringLiteral("~/.aws/login/cache") : cacheDir),
                                 m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
            if (!session)
                return withContext(session.error(),
                                   QCoreApplication::translate("Auth", "login_session at %1").arg(login->location()));
            out.credentials = *session;
            out.renewWhat = out.credentials.source;
            out.renew = resolvingAgain(*this, options);
            usesLogin = true;
        }

        if (assumesRole || webIdentity || usesSso || usesLogin) {
        } else if (auto keys = keysFromSection(view.fromCredentials, credentialsFile, out.profile)) {
            if (!*keys)
                return keys->error();
            out.credentials = keys->value();
        } else {
            //: One place searched for keys: a section header such as [prod] (%1) in a file (%2).
            searched << QCoreApplication::translate("Auth", "%1 in %2")
                            .arg(credentialsFile.headerFor(out.profile), describeFile(credentialsFile));
        }
    }

    if (out.credentials.isEmpty() && !assumesRole && !webIdentity) {
        if (const auto process = view.find(QStringLiteral("credential_process"))) {
            Result<AwsCredentials> fromProcess = runCredentialProcess(process->value, out.profile, m_processTimeoutMs);
            if (!fromProcess)
                return withContext(
                    fromProcess.error(),
                    QCoreApplication::translate("Auth", "credential_process at %1").arg(process->location()));
            out.credentials = std::move(fromProcess).value();
            out.credentialProcess = process->value;
            // Run again (with the same environment) before its credentials expire.
            out.renewWhat = QStringLiteral("credential_process of profile %1").arg(quoted(out.profile));
            out.renew = [env = m_env, command = process->value, profile = out.profile,
                         timeoutMs = m_processTimeoutMs](RenewingCredentialsProvider::Renewal) {
                return Auth::runCredentialProcess(env, command, profile, timeoutMs);
            };
        } else {
            searched
                << QCoreApplication::translate("Auth", "credential_process of profile %1").arg(quoted(out.profile));
        }
    }

    if (out.credentials.isEmpty() && !assumesRole && !webIdentity) {
        if (auto keys = keysFromSection(view.fromConfig, configFile, out.profile)) {
            if (!*keys)
                return keys->error();
            out.credentials = keys->value();
        } else {
            //: One place searched for keys: a section header such as [prod] (%1) in a file (%2).
            searched << QCoreApplication::translate("Auth", "%1 in %2")
                            .arg(configFile.headerFor(out.profile), describeFile(configFile));
        }
    }

    // The platform's credentials last: a container's, then the EC2 instance's.
    if (out.credentials.isEmpty() && !assumesRole && !webIdentity) {
        const auto v1Disabled = view.find(QStringLiteral("ec2_metadata_v1_disabled"));
        for (const bool container : {true, false}) {
            QString whyNone;
            const std::optional<Result<AwsCredentials>> platform =
                container ? containerCredentials(m_env)
                          : instanceCredentials(m_env,
                                                v1Disabled && v1Disabled->value.compare(QStringLiteral("true"),
                                                                                        Qt::CaseInsensitive) == 0,
                                                &whyNone);
            if (!platform) {
                searched << (container
                                 ? QCoreApplication::translate(
                                       "Auth", "container credentials (AWS_CONTAINER_CREDENTIALS_* not set)")
                                 : QCoreApplication::translate("Auth", "EC2 instance metadata (%1)").arg(whyNone));
                continue;
            }
            if (!*platform)
                return platform->error();
            out.credentials = platform->value();
            if (out.credentials.expiration.isValid()) {
                out.renewWhat = out.credentials.source;
                out.renew = resolvingAgain(*this, options);
            }
            break;
        }
    }

    if (out.credentials.isEmpty() && !assumesRole && !webIdentity) {
        return credentialsError(
            QCoreApplication::translate("Auth", "No credentials found for profile %1; searched %2.")
                .arg(quoted(out.profile), searched.join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "Auth", "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run `aws configure%1`, or enter keys in "
                        "PartSweep.")
                .arg(out.profile == defaultProfile ? QString() : QStringLiteral(" --profile ") + out.profile));
    }
    if (const auto expired = expiredError(out.credentials))
        return *expired;

    // --- region ---
    const QString awsRegion = envValue(QStringLiteral("AWS_REGION"));
    const QString awsDefaultRegion = envValue(QStringLiteral("AWS_DEFAULT_REGION"));
    if (!options.region.isEmpty()) {
        out.region = options.region;
    } else if (!awsRegion.isEmpty()) {
        out.region = awsRegion;
        if (!awsDefaultRegion.isEmpty() && awsDefaultRegion != awsRegion) {
            out.notes << QCoreApplication::translate("Auth",
                                                     "AWS_DEFAULT_REGION=%1 ignored because AWS_REGION=%2 is set.")
                             .arg(awsDefaultRegion, awsRegion);
        }
    } else if (!awsDefaultRegion.isEmpty()) {
        out.region = awsDefaultRegion;
    } else if (const auto region = view.find(QStringLiteral("region"))) {
        out.region = region->value;
    } else {
        out.region = defaultRegion;
        out.regionIsDefault = true;
        out.notes << QCoreApplication::translate(
                         "Auth", "No region set (region option, AWS_REGION, AWS_DEFAULT_REGION or region in "
                                 "profile %1); using %2.")
                         .arg(quoted(out.profile), defaultRegion);
    }

    // --- endpoint ---
    if (!options.endpointUrl.isEmpty()) {
        out.endpointUrl = options.endpointUrl;
    } else {
        bool ignoreConfigured = false;
        const QString ignoreEnv = envValue(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
        if (!ignoreEnv.isEmpty())
            ignoreConfigured = ignoreEnv.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
        else if (const auto ignore = view.find(QStringLiteral("ignore_configured_endpoint_urls")))
            ignoreConfigured = ignore->value.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;

        const QString envS3 = envValue(QStringLiteral("AWS_ENDPOINT_URL_S3"));
        const QString envGlobal = envValue(QStringLiteral("AWS_ENDPOINT_URL"));
        if (ignoreConfigured) {
            out.notes << QCoreApplication::translate(
                "Auth", "Configured endpoint URLs ignored (ignore_configured_endpoint_urls is true).");
        } else if (!envS3.isEmpty()) {
            out.endpointUrl = envS3;
            if (!envGlobal.isEmpty() && envGlobal != envS3) {
                out.notes << QCoreApplication::translate(
                                 "Auth", "AWS_ENDPOINT_URL=%1 ignored because AWS_ENDPOINT_URL_S3=%2 is set.")
                                 .arg(envGlobal, envS3);
            }
        } else if (!envGlobal.isEmpty()) {
            out.endpointUrl = envGlobal;
        } else {
            if (const auto services = view.find(QStringLiteral("services"))) {
                const AwsConfigSection *section = configFile.servicesSection(services->value);
                if (!section) {
                    return configError(
                        QCoreApplication::translate("Auth", "%1: profile %2 refers to the section [services %3], which "
                                                            "does not exist in %4.")
                            .arg(services->location(), quoted(out.profile), services->value, configFile.path()),
                        QCoreApplication::translate("Auth",
                                                    "Add the [services %1] section or remove the services line.")
                            .arg(services->value));
                }
                out.endpointUrl = section->subValue(QStringLiteral("s3"), QStringLiteral("endpoint_url"));
            }
            if (out.endpointUrl.isEmpty()) {
                if (const auto endpoint = view.find(QStringLiteral("endpoint_url")))
                    out.endpointUrl = endpoint->value;
            }
            if (out.endpointUrl.isEmpty()) {
                if (const auto endpoint = view.findSub(QStringLiteral("s3"), QStringLiteral("endpoint_url"))) {
                    out.endpointUrl = endpoint->value;
                    out.notes << QCoreApplication::translate(
                                     "Auth", "Endpoint %1 taken from s3.endpoint_url of profile %2 (%3), the "
                                             "awscli-plugin-endpoint convention; the AWS CLI without that plugin "
                                             "ignores it (it reads endpoint_url or a [services] section).")
                                     .arg(endpoint->value, quoted(out.profile), endpoint->location());
                }
            }
        }
    }

    // --- CA bundle ---
    if (!options.caBundle.isEmpty())
        out.caBundle = options.caBundle;
    else if (!envValue(QStringLiteral("AWS_CA_BUNDLE")).isEmpty())
        out.caBundle = envValue(QStringLiteral("AWS_CA_BUNDLE"));
    else if (const auto bundle = view.find(QStringLiteral("ca_bundle")))
        out.caBundle = bundle->value;

    // --- addressing style ---
    if (options.addressingStyle) {
        out.addressingStyle = *options.addressingStyle;
    } else if (const auto style = view.findSub(QStringLiteral("s3"), QStringLiteral("addressing_style"))) {
        if (const auto known = addressingStyleFromName(style->value)) {
            out.addressingStyle = *known;
        } else {
            // botocore silently treats any other word as auto; a typo deserves to be seen.
            return configError(QCoreApplication::translate(
                                   "Auth", "%1: s3.addressing_style of profile %2 is %3; it must be auto, path "
                                           "or virtual.")
                                   .arg(style->location(), quoted(out.profile), quoted(style->value)),
                               QCoreApplication::translate("Auth", "Fix the value in %1.").arg(style->file->path()));
        }
    }

    // --- FIPS and dual-stack endpoints: AWS_USE_* > the profile's use_* (dual-stack also under s3) ---
    {
        struct Flag
        {
            const char *env;
            const char *key;
            bool alsoUnderS3; // "s3 =\n  use_dualstack_endpoint = true" counts too
            bool *out;
        };
        const Flag flags[] = {
            {"AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", false, &out.awsVariant.fips},
            {"AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", true, &out.awsVariant.dualStack}};
        for (const Flag &flag : flags) {
            const QString key = QLatin1StringView(flag.key);
            const QString env = envValue(QLatin1StringView(flag.env));
            std::optional<Found> found = view.find(key);
            if (!found && flag.alsoUnderS3)
                found = view.findSub(QStringLiteral("s3"), key);
            const QString value = !env.isEmpty() ? env : found ? found->value : QString();
            if (value.isEmpty())
                continue;
            if (value.compare(u"true", Qt::CaseInsensitive) != 0 && value.compare(u"false", Qt::CaseInsensitive) != 0) {
                // botocore takes any other word for false; a typo deserves to be seen.
                const QString where = !env.isEmpty() ? QLatin1StringView(flag.env) : found->location();
                return configError(QCoreApplication::translate("Auth", "%1: %2 is %3; it must be true or false.")
                                       .arg(where, key, quoted(value)),
                                   QCoreApplication::translate("Auth", "Fix the value of %1.").arg(where));
            }
            *flag.out = value.compare(u"true", Qt::CaseInsensitive) == 0;
        }
        if (!out.endpointUrl.isEmpty() && (out.awsVariant.fips || out.awsVariant.dualStack)) {
            out.notes << QCoreApplication::translate("Auth", "FIPS and dual-stack settings ignored: the endpoint %1 "
                                                             "is used as given.")
                             .arg(out.endpointUrl);
            out.awsVariant = {};
        }
        const AwsPartition partition = awsPartition(out.region);
        if ((out.awsVariant.fips && !partition.hasFips) || (out.awsVariant.dualStack && !partition.hasDualStack)) {
            //: %1: "FIPS" or "dual-stack", %2: a region, %3: an AWS partition name (aws-cn).
            return configError(
                QCoreApplication::translate("Auth", "S3 has no %1 endpoint in %2 (partition %3).")
                    .arg(out.awsVariant.fips && !partition.hasFips ? QStringLiteral("FIPS")
                                                                   : QStringLiteral("dual-stack"),
                         out.region, partition.name),
                QCoreApplication::translate("Auth", "Turn off use_fips_endpoint or use_dualstack_endpoint (or "
                                                    "AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT) for this "
                                                    "region."));
        }
    }

    // --- the role, now that the region and the endpoints are known ---
    if (assumesRole) {
        RoleAssumer assumer{.env = m_env,
                            .credentialsFile = credentialsFile,
                            .configFile = configFile,
                            .sts = {},
                            .cacheDir = expandPath(QStringLiteral("~/.aws/cli/cache")),
                            .ssoCacheDir = ssoCacheDir(),
                            .expandPath = [this](const QString &path) { return expandPath(path); },
                            .mfaPrompt = m_mfaPrompt,
                            .processTimeoutMs = m_processTimeoutMs,
                            .now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc(),
                            .readCache = m_roleCacheReadable};
        Result<StsEndpoint> sts = stsEndpointFor(m_env, view, configFile, out.region);
        if (!sts)
            return sts.error();
        assumer.sts = *sts;
        assumer.sts.caBundle = out.caBundle;
        Result<AssumedRole> role = assumer.assume(out.profile, {});
        if (!role)
            return role.error();
        out.credentials = role->credentials;
        out.assumedRoleArn = role->assumedRoleArn;
        if (!assumer.usedMfa) {
            // Assumed again before it expires; with MFA a new code is needed, which only the user can give.
            out.renewWhat = QStringLiteral("role of profile %1").arg(quoted(out.profile));
            out.renew = resolvingAgain(*this, options);
        }
    }

    if (webIdentity) {
        Result<StsEndpoint> sts = stsEndpointFor(m_env, view, configFile, out.region);
        if (!sts)
            return sts.error();
        StsEndpoint endpoint = *sts;
        endpoint.caBundle = out.caBundle;
        Result<AssumedRole> role =
            assumeWithWebIdentity(endpoint, *webIdentity, m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
        if (!role)
            return role.error();
        out.credentials = role->credentials;
        out.assumedRoleArn = role->assumedRoleArn;
        out.renewWhat = QStringLiteral("web identity role %1").arg(quoted(webIdentity->roleArn));
        out.renew = resolvingAgain(*this, options);
    }

    if (Result<StsEndpoint> sts = stsEndpointFor(m_env, view, configFile, out.region)) {
        out.sts = *sts;
        out.sts->caBundle = out.caBundle;
        // An S3 endpoint chosen in PartSweep (not in the files): an S3-compatible server answers
        // STS there, if at all (Ceph RGW does), unless an STS endpoint was configured.
        const Result<QUrl> configured = configuredEndpoint(m_env, view, configFile, QStringLiteral("STS"));
        if (!options.endpointUrl.isEmpty() && configured && configured->isEmpty())
            out.sts->url = QUrl(options.endpointUrl);
    }

    qCDebug(lcCredentials) << "profile" << out.profile << "credentials from" << out.credentials.source << "region"
                           << out.region << "endpoint" << out.endpointUrl;
    return out;
}

Result<AwsCredentials> CredentialResolver::runCredentialProcess(const QString &commandLine, const QString &profile,
                                                                int timeoutMs) const
{
    return Auth::runCredentialProcess(m_env, commandLine, profile, timeoutMs);
}

} // namespace PartSweep
