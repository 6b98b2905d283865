#pragma once

#include "s3/s3client.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace PartSweep {

// One answer of "Test connection".
struct ConnectionCheck
{
    enum class Kind
    {
        Endpoint,       // the host name resolves and the port accepts a TCP connection
        Tls,            // the server's certificate is trusted (https only)
        Authentication, // ListBuckets with the keys
        Clock,          // this computer's clock against the server's Date header
        UploadListing,  // ListMultipartUploads on the first bucket
    };
    enum class Outcome
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped,
    };

    Kind kind = Kind::Endpoint;
    Outcome outcome = Outcome::Pending;
    QString words; // for a storage admin: what was found and what to do; never a secret

    static QString title(Kind kind); // "Endpoint", "TLS certificate", ...
};

// Runs the checks of "Test connection" one after the other and reports each as it is answered:
// endpoint (DNS and TCP), TLS, authentication, clock, permission to list pending uploads. A
// check that cannot be tried because an earlier one failed is Skipped and says why.
//
// Lives on the thread that created it and uses its own S3Client (one attempt per request, a
// short timeout: a test should answer quickly, not retry for a minute). checkUpdated fires for
// every change of a check (Running, then its outcome); finished fires once, after the last.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    // Skew above which the clock check fails (S3 refuses requests more than 15 minutes off).
    static constexpr qint64 MaxClockSkewMs = 5 * 60 * 1000;

    explicit ConnectionTester(S3ClientConfig config, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Time allowed to each network step; 10 s unless set.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // The local clock to compare with the server's (tests shift it); the system clock unless set.
    void setClock(std::function<QDateTime()> clock);

    void start();
    bool isRunning() const { return m_running; }
    const QList<ConnectionCheck> &checks() const { return m_checks; }
    ConnectionCheck check(ConnectionCheck::Kind kind) const;
    bool allPassed() const;

Q_SIGNALS:
    void checkUpdated(const PartSweep::ConnectionCheck &check);
    void finished();

private:
    void set(ConnectionCheck::Kind kind, ConnectionCheck::Outcome outcome, const QString &words);
    void skipRemaining(const QString &words);
    void checkEndpoint();
    void checkTls();
    void checkAuthentication();
    void checkClock(const ResponseMeta &meta);
    void checkUploadListing(const QString &bucket);
    void finish();

    S3ClientConfig m_config;
    S3Client *m_client = nullptr;
    std::function<QDateTime()> m_clock;
    QList<ConnectionCheck> m_checks;
    QString m_host;
    int m_port = 0;
    bool m_https = false;
    int m_timeoutMs = 10000;
    bool m_running = false;
};

} // namespace PartSweep
