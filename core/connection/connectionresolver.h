#pragma once

#include "auth/credentials.h"
#include "connection/connectionsettings.h"
#include "s3/s3client.h"
#include "util/result.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace PartSweep {

class ConnectionStore;
class SecretStore;

// What goes with a resolved connection besides its credentials and places: the flags of
// partsweep-cli, the overrides of a saved connection.
struct ClientOptions
{
    bool verifyTls = true;
    bool requestPayer = false;
    QString expectedBucketOwner;
    int concurrency = 16;
    int maxAttempts = 3;
    int maxListingPages = S3ClientConfig::DefaultMaxListingPages;
};

// The client configuration for a resolved connection (used by partsweep-cli and the GUI alike).
S3ClientConfig makeClientConfig(const ResolvedConnection &resolved, const ClientOptions &options);

// A connection made ready to use.
struct ResolvedClient
{
    ConnectionSettings settings; // as chosen
    S3ClientConfig config;       // holds the secret: never log it, never store it
    QString profile;             // the profile used; empty for hand-entered connections
    QString credentialProcess;   // see ResolvedConnection::credentialProcess
    QStringList notes;           // what was defaulted or ignored; never contains a secret
    // For the status bar: "profile prod · eu-west-1 · https://s3.eu-west-1.amazonaws.com"
    QString description;
    std::optional<Auth::StsEndpoint> sts; // where GetCallerIdentity goes (lookUpIdentity)
};

// Who the connection signs in as, in words for people: "arn:aws:iam::1234:user/alice (account
// 1234)"; and when its credentials expire ("until 14:05 UTC, renewed before then").
QString describeIdentity(const Auth::CallerIdentity &identity);
QString describeExpiry(const ResolvedClient &client);

// What a front end must say every time a connection is used, not only in a log: TLS
// certificates not verified on an https (or AWS) endpoint. Empty when there is nothing to say.
QString securityWarning(const S3ClientConfig &config);

// Turns a ConnectionSettings into a ready S3ClientConfig, without blocking the caller:
//   profile connections: CredentialResolver::resolve (which may run a credential_process for up
//     to its timeout) runs on a worker thread of a private QThreadPool; the settings' region,
//     endpoint, CA bundle and addressing style override the profile's;
//   hand-entered connections: the secret key and session token are read from the SecretStore
//     (asynchronous); nothing comes from ~/.aws or the environment, so a connection entered by
//     hand means the same everywhere. No region: us-east-1. No endpoint: AWS.
//
// Lives on one thread (normally the GUI thread) and must be used from it; `done` runs on that
// thread, later (never inside resolve()), and only while `context` is alive. `context` must
// live on the resolver's thread. Destroying the resolver drops answers still due (a worker
// still running finishes in the background and its answer is thrown away).
// Errors (Kind::Credentials / ::Config) and notes never contain a secret.
class ConnectionResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionResolver)

public:
    using Done = std::function<void(Result<ResolvedClient>)>;

    // env, homeDir: as for CredentialResolver (the real ones in the application, injected in
    // tests). secrets: where hand-entered secrets live; not owned, must outlive the resolver.
    ConnectionResolver(QProcessEnvironment env, QString homeDir, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionResolver() override;

    void setCredentialProcessTimeout(int timeoutMs) { m_processTimeoutMs = timeoutMs; }
    // Asks for MFA codes (role profiles with mfa_serial); called on the worker thread resolving.
    void setMfaPrompt(CredentialResolver::MfaPrompt prompt) { m_mfaPrompt = std::move(prompt); }
    CredentialResolver credentialResolver() const;

    // The profiles of ~/.aws (non-blocking: reads the files only).
    QStringList profileNames() const;
    // True when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set: the default chain is listed.
    bool environmentHasCredentials() const;
    // What the connection list shows (ConnectionStore::connections with this environment).
    QList<ConnectionSettings> connections(const ConnectionStore &store) const;

    // Resolves with the secrets of the SecretStore.
    void resolve(const ConnectionSettings &settings, QObject *context, Done done);
    // Resolves a hand-entered connection with the keys given (e.g. typed into the dialog and not
    // saved yet); for profile connections `keys` is ignored.
    void resolveWith(const ConnectionSettings &settings, const AwsCredentials &keys, QObject *context, Done done);

    // Who the resolved connection's credentials belong to (STS GetCallerIdentity, on a worker
    // thread, 10 s at most): an error when the server does not answer it (many S3-compatible
    // servers do not), which is not a problem with the connection. Same threading as resolve.
    using IdentityDone = std::function<void(Result<Auth::CallerIdentity>)>;
    void lookUpIdentity(const ResolvedClient &client, QObject *context, IdentityDone done);

    // Words for the status bar, from a settings and the configuration made of it.
    static QString describe(const ConnectionSettings &settings, const S3ClientConfig &config, const QString &profile);
    // The options of a saved connection that are not about credentials or places.
    static ClientOptions clientOptions(const ConnectionSettings &settings);
    // The manual path, synchronous (no secret store involved): exposed for tests.
    static Result<ResolvedClient> resolveManual(const ConnectionSettings &settings, const AwsCredentials &keys);

private:
    struct Relay;
    // Runs `work` on a worker thread and hands its result to `done` on this thread, while
    // `context` and the resolver live.
    template<typename T>
    void runOnWorker(std::function<Result<T>()> work, QObject *context, std::function<void(Result<T>)> done);
    void resolveProfile(const ConnectionSettings &settings, QObject *context, Done done);

    QProcessEnvironment m_env;
    QString m_homeDir;
    SecretStore *m_secrets;
    int m_processTimeoutMs = 30000;
    CredentialResolver::MfaPrompt m_mfaPrompt;
    std::shared_ptr<Relay> m_relay;
};

} // namespace PartSweep
