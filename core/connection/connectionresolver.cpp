#include "connection/connectionresolver.h"

#include "auth/renewingcredentialsprovider.h"

#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "util/background.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTimer>

namespace PartSweep {

namespace {

S3Error failure(S3Error::Kind kind, const QString &message, const QString &hint = {})
{
    S3Error error;
    error.kind = kind;
    error.message = message;
    error.hint = hint;
    return error;
}

// A CA bundle that cannot be read would make every HTTPS request fail with a vague TLS error.
std::optional<S3Error> checkCaBundle(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return failure(S3Error::Kind::Config,
                       QCoreApplication::translate("Connection", "The CA bundle %1 cannot be read").arg(path),
                       QCoreApplication::translate("Connection",
                                                   "Give the path of a PEM file, or leave the field empty "
                                                   "for the system's certificates."));
    return std::nullopt;
}

// How long a resolved connection's credentials last.
enum class Expiry
{
    Never,      // long-term keys
    Renewed,    // obtained again before they expire
    SignInAgain // a new sign-in is needed when they expire
};

Expiry expiryOf(const ResolvedClient &client)
{
    if (!client.config.credentials.expiration.isValid())
        return Expiry::Never;
    return client.config.credentialsProvider ? Expiry::Renewed : Expiry::SignInAgain;
}

QString expiryTime(const ResolvedClient &client)
{
    return client.config.credentials.expiration.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "Signed in as <role>; the credentials last <describeExpiry>.", one whole sentence per case.
QString signedInNote(const QString &who, const ResolvedClient &client)
{
    switch (expiryOf(client)) {
    case Expiry::Never:
        return QCoreApplication::translate("Connection",
                                           "Signed in as %1; the credentials last without expiry (long-term keys).")
            .arg(who);
    case Expiry::Renewed:
        return QCoreApplication::translate("Connection", "Signed in as %1; the credentials last until %2 UTC, and are "
                                                         "renewed before then.")
            .arg(who, expiryTime(client));
    case Expiry::SignInAgain:
        break;
    }
    return QCoreApplication::translate("Connection", "Signed in as %1; the credentials last until %2 UTC, then a new "
                                                     "sign-in is needed.")
        .arg(who, expiryTime(client));
}

} // namespace

S3ClientConfig makeClientConfig(const ResolvedConnection &resolved, const ClientOptions &options)
{
    S3ClientConfig config;
    config.endpoint = QUrl(resolved.endpointUrl);
    config.region = resolved.region;
    config.addressingStyle = resolved.addressingStyle;
    config.awsVariant = resolved.awsVariant;
    config.credentials = resolved.credentials;
    config.caBundle = resolved.caBundle;
    config.verifyTls = options.verifyTls;
    config.requestPayer = options.requestPayer;
    config.expectedBucketOwner = options.expectedBucketOwner;
    config.concurrency = options.concurrency;
    config.maxAttempts = options.maxAttempts;
    config.maxListingPages = options.maxListingPages;
    // Temporary credentials are obtained again before they expire: a credential_process is run
    // again, a role assumed again...
    if (resolved.renew && resolved.credentials.expiration.isValid())
        config.credentialsProvider =
            std::make_shared<RenewingCredentialsProvider>(resolved.renew, resolved.renewWhat, resolved.credentials);
    return config;
}

// Lets a worker thread post to the resolver only while it exists: the destructor clears `owner`
// under the same mutex the worker holds while posting, so nothing is posted to a dead object.
struct ConnectionResolver::Relay
{
    QMutex mutex;
    ConnectionResolver *owner = nullptr;
};

ConnectionResolver::ConnectionResolver(QProcessEnvironment env, QString homeDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_homeDir(std::move(homeDir))
    , m_secrets(secrets)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->owner = this;
}

ConnectionResolver::~ConnectionResolver()
{
    const QMutexLocker locker(&m_relay->mutex);
    m_relay->owner = nullptr;
}

CredentialResolver ConnectionResolver::credentialResolver() const
{
    CredentialResolver resolver(m_env, m_homeDir);
    resolver.setCredentialProcessTimeout(m_processTimeoutMs);
    if (m_mfaPrompt)
        resolver.setMfaPrompt(m_mfaPrompt);
    return resolver;
}

QStringList ConnectionResolver::profileNames() const
{
    return credentialResolver().profileNames();
}

bool ConnectionResolver::environmentHasCredentials() const
{
    return !m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty() &&
           !m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty();
}

QList<ConnectionSettings> ConnectionResolver::connections(const ConnectionStore &store) const
{
    return store.connections(profileNames(), environmentHasCredentials());
}

ClientOptions ConnectionResolver::clientOptions(const ConnectionSettings &settings)
{
    ClientOptions options;
    options.verifyTls = settings.verifyTls;
    options.requestPayer = settings.requestPayer;
    options.expectedBucketOwner = settings.expectedBucketOwner;
    options.concurrency = settings.concurrency;
    options.maxAttempts = settings.maxAttempts;
    options.maxListingPages = settings.maxListingPages;
    return options;
}

QString ConnectionResolver::describe(const ConnectionSettings &settings, const S3ClientConfig &config,
                                     const QString &profile)
{
    // "default" below is the name of the AWS CLI's default profile, not a word to translate.
    QString who;
    if (settings.kind == ConnectionSettings::Kind::Manual)
        who = settings.name;
    else if (settings.isDefaultChain())
        who = QCoreApplication::translate("Connection", "default chain (profile %1)")
                  .arg(profile.isEmpty() ? QStringLiteral("default") : profile);
    else
        who =
            QCoreApplication::translate("Connection", "profile %1").arg(profile.isEmpty() ? settings.profile : profile);
    const QString endpoint = config.endpoint.isEmpty()
                                 ? QStringLiteral("https://") + awsS3Host(config.region, config.awsVariant)
                                 : config.endpoint.toString(QUrl::RemoveUserInfo);
    return QStringList{who, config.region, endpoint}.join(QStringLiteral(" · "));
}

Result<ResolvedClient> ConnectionResolver::resolveManual(const ConnectionSettings &settings, const AwsCredentials &keys)
{
    const QString problem = ConnectionStore::validate(settings);
    if (!problem.isEmpty())
        return failure(S3Error::Kind::Config, problem);
    if (keys.secretAccessKey.isEmpty())
        return failure(
            S3Error::Kind::Credentials,
            QCoreApplication::translate("Connection", "No secret key is known for connection '%1'").arg(settings.name),
            QCoreApplication::translate("Connection", "Enter the secret key that belongs to access key %1 and save the "
                                                      "connection.")
                .arg(settings.accessKeyId));
    if (const std::optional<S3Error> error = checkCaBundle(settings.caBundle))
        return *error;

    ResolvedClient out;
    out.settings = settings;
    ResolvedConnection resolved;
    resolved.credentials.accessKeyId = settings.accessKeyId.trimmed();
    resolved.credentials.secretAccessKey = keys.secretAccessKey;
    resolved.credentials.sessionToken = keys.sessionToken;
    //: Where the keys come from, shown as "Access key AKIA… from <this>." and in error hints.
    resolved.credentials.source =
        QCoreApplication::translate("Connection", "connection '%1' (entered in PartSweep)").arg(settings.name);
    resolved.region = settings.region.trimmed();
    if (resolved.region.isEmpty()) {
        resolved.region = QStringLiteral("us-east-1");
        resolved.regionIsDefault = true;
        out.notes << QCoreApplication::translate("Connection", "No region set: us-east-1 is used to sign requests.");
    }
    resolved.endpointUrl = settings.endpointUrl.trimmed();
    resolved.caBundle = settings.caBundle;
    resolved.addressingStyle = settings.addressingStyleSet ? settings.addressingStyle : AddressingStyle::Auto;
    if (!settings.verifyTls)
        out.notes << QCoreApplication::translate("Connection",
                                                 "TLS certificates are not verified for this connection.");
    out.config = makeClientConfig(resolved, clientOptions(settings));
    out.description = describe(settings, out.config, QString());
    // STS where the S3 requests go for S3-compatible servers (Ceph RGW answers it there), else AWS's.
    out.sts = Auth::defaultStsEndpoint(resolved.region);
    if (!resolved.endpointUrl.isEmpty())
        out.sts->url = QUrl(resolved.endpointUrl);
    out.sts->caBundle = resolved.caBundle;
    out.sts->verifyTls = settings.verifyTls;
    return out;
}

void ConnectionResolver::resolve(const ConnectionSettings &settings, QObject *context, Done done)
{
    if (settings.kind == ConnectionSettings::Kind::Profile)
        return resolveProfile(settings, context, std::move(done));

    QPointer<QObject> guard(context);
    if (!m_secrets) {
        QTimer::singleShot(0, this, [guard, done = std::move(done), settings] {
            if (guard)
                done(resolveManual(settings, AwsCredentials()));
        });
        return;
    }
    // Read the secret key, then the session token; the store answers in order.
    auto keys = std::make_shared<AwsCredentials>();
    auto firstError = std::make_shared<std::optional<S3Error>>();
    m_secrets->read(settings.name, SecretKind::SecretAccessKey, this, [keys, firstError](Result<QString> secret) {
        if (secret)
            keys->secretAccessKey = *secret;
        else
            *firstError = secret.error();
    });
    m_secrets->read(settings.name, SecretKind::SessionToken, this,
                    [this, keys, firstError, guard, settings, done = std::move(done)](Result<QString> token) {
                        if (!guard)
                            return;
                        if (*firstError)
                            return done(**firstError);
                        if (!token)
                            return done(token.error());
                        keys->sessionToken = *token;
                        Result<ResolvedClient> result = resolveManual(settings, *keys);
                        if (!result && keys->secretAccessKey.isEmpty() && !m_secrets->isPersistent()) {
                            S3Error error = result.error();
                            //: %1: the hint so far (may be empty), %2: why no keychain is used.
                            error.hint = QCoreApplication::translate(
                                             "Connection", "%1 Secrets are kept only for this session here: %2")
                                             .arg(error.hint, m_secrets->unavailableReason());
                            return done(error);
                        }
                        done(std::move(result));
                    });
}

void ConnectionResolver::resolveWith(const ConnectionSettings &settings, const AwsCredentials &keys, QObject *context,
                                     Done done)
{
    if (settings.kind == ConnectionSettings::Kind::Profile)
        return resolveProfile(settings, context, std::move(done));
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), settings, keys] {
        if (guard)
            done(resolveManual(settings, keys));
    });
}

void ConnectionResolver::resolveProfile(const ConnectionSettings &settings, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const QString problem = ConnectionStore::validate(settings);
    std::optional<S3Error> early;
    if (!problem.isEmpty())
        early = failure(S3Error::Kind::Config, problem);
    else
        early = checkCaBundle(settings.caBundle);
    if (early) {
        QTimer::singleShot(0, this, [guard, done = std::move(done), error = *early] {
            if (guard)
                done(error);
        });
        return;
    }

    ConnectionOptions options;
    options.profile = settings.profile;
    options.region = settings.region.trimmed();
    options.endpointUrl = settings.endpointUrl.trimmed();
    options.caBundle = settings.caBundle;
    if (settings.addressingStyleSet)
        options.addressingStyle = settings.addressingStyle;

    const CredentialResolver resolver = credentialResolver();
    // The worker may run for as long as a credential_process takes; it owns copies of all it uses.
    runOnWorker<ResolvedClient>(
        [resolver, options, settings]() -> Result<ResolvedClient> {
            const Result<ResolvedConnection> resolved = resolver.resolve(options);
            if (!resolved)
                return resolved.error();
            ResolvedClient out;
            out.settings = settings;
            out.config = makeClientConfig(*resolved, clientOptions(settings));
            out.profile = resolved->profile;
            out.credentialProcess = resolved->credentialProcess;
            out.notes = resolved->notes;
            out.sts = resolved->sts;
            if (out.sts)
                out.sts->verifyTls = settings.verifyTls;
            if (!settings.verifyTls)
                out.notes << QCoreApplication::translate("Connection",
                                                         "TLS certificates are not verified for this connection.");
            out.description = describe(settings, out.config, resolved->profile);
            if (!resolved->assumedRoleArn.isEmpty()) {
                // The identity in use and how long its credentials last (renewed before then).
                out.description += QStringLiteral(" · ") + resolved->assumedRoleArn;
                out.notes << signedInNote(resolved->assumedRoleArn, out);
            }
            return out;
        },
        context, std::move(done));
}

void ConnectionResolver::lookUpIdentity(const ResolvedClient &client, QObject *context, IdentityDone done)
{
    if (!client.sts) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.message = QCoreApplication::translate("Connection", "No STS endpoint is known for this connection");
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done = std::move(done), error] {
            if (guard)
                done(error);
        });
        return;
    }
    Auth::StsEndpoint endpoint = *client.sts;
    endpoint.timeoutMs = qMin(endpoint.timeoutMs, 10000);
    const AwsCredentials credentials = client.config.credentials;
    runOnWorker<Auth::CallerIdentity>(
        [endpoint, credentials] {
            return Auth::getCallerIdentity(endpoint, credentials, QDateTime::currentDateTimeUtc());
        },
        context, std::move(done));
}

template<typename T>
void ConnectionResolver::runOnWorker(std::function<Result<T>()> work, QObject *context,
                                     std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done)](Result<T> result) {
        if (guard)
            done(std::move(result));
    };
    backgroundPool()->start([relay = m_relay, work = std::move(work), deliver = std::move(deliver)]() mutable {
        Result<T> result = work();
        const QMutexLocker locker(&relay->mutex);
        if (relay->owner) {
            QMetaObject::invokeMethod(
                relay->owner,
                [deliver = std::move(deliver), result = std::move(result)]() mutable { deliver(std::move(result)); },
                Qt::QueuedConnection);
        }
    });
}

QString securityWarning(const S3ClientConfig &config)
{
    const bool https = config.endpoint.isEmpty() || config.endpoint.scheme() == u"https";
    if (config.verifyTls || !https)
        return {};
    const QString host = config.endpoint.isEmpty() ? awsS3Host(config.region, config.awsVariant)
                                                   : config.endpoint.host(QUrl::EncodeUnicode);
    //: %1: a host name.
    return QCoreApplication::translate("Connection", "TLS certificates are not verified on this connection: anyone "
                                                     "on the network path could pose as %1 and read or change what "
                                                     "PartSweep sends. Turn verification on outside of tests.")
        .arg(host);
}

QString describeIdentity(const Auth::CallerIdentity &identity)
{
    if (identity.account.isEmpty())
        return identity.arn;
    return QCoreApplication::translate("Connection", "%1 (account %2)").arg(identity.arn, identity.account);
}

QString describeExpiry(const ResolvedClient &client)
{
    // Completes "The credentials last %1." (MainWindow::showIdentity); signedInNote says the same
    // in whole sentences.
    switch (expiryOf(client)) {
    case Expiry::Never:
        //: Completes "The credentials last %1."
        return QCoreApplication::translate("Connection", "without expiry (long-term keys)");
    case Expiry::Renewed:
        //: Completes "The credentials last %1."
        return QCoreApplication::translate("Connection", "until %1 UTC, and are renewed before then")
            .arg(expiryTime(client));
    case Expiry::SignInAgain:
        break;
    }
    //: Completes "The credentials last %1."
    return QCoreApplication::translate("Connection", "until %1 UTC, then a new sign-in is needed")
        .arg(expiryTime(client));
}

} // namespace PartSweep
