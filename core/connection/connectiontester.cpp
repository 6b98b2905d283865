#include "connection/connectiontester.h"

#include "s3/s3xml.h"
#include "s3/transport/transportsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <cstdlib>

namespace PartSweep {

namespace {

using Kind = ConnectionCheck::Kind;
using Outcome = ConnectionCheck::Outcome;

QString duration(qint64 ms)
{
    qint64 seconds = std::llabs(ms) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Connection", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    seconds %= 60;
    if (minutes < 120)
        return QCoreApplication::translate("Connection", "%1 min %2 s").arg(minutes).arg(seconds);
    return QCoreApplication::translate("Connection", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

QString ConnectionCheck::title(Kind kind)
{
    switch (kind) {
    case Kind::Endpoint:
        return QCoreApplication::translate("Connection", "Endpoint");
    case Kind::Tls:
        return QCoreApplication::translate("Connection", "TLS certificate");
    case Kind::Authentication:
        return QCoreApplication::translate("Connection", "Authentication");
    case Kind::Clock:
        return QCoreApplication::translate("Connection", "Clock");
    case Kind::UploadListing:
        return QCoreApplication::translate("Connection", "Listing pending uploads");
    }
    return QString();
}

ConnectionTester::ConnectionTester(S3ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (Kind kind : {Kind::Endpoint, Kind::Tls, Kind::Authentication, Kind::Clock, Kind::UploadListing}) {
        ConnectionCheck check;
        check.kind = kind;
        m_checks.append(check);
    }
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

ConnectionCheck ConnectionTester::check(Kind kind) const
{
    for (const ConnectionCheck &c : m_checks) {
        if (c.kind == kind)
            return c;
    }
    return ConnectionCheck();
}

bool ConnectionTester::allPassed() const
{
    return std::all_of(m_checks.cbegin(), m_checks.cend(), [](const ConnectionCheck &c) {
        return c.outcome == Outcome::Passed || (c.kind == Kind::Tls && c.outcome == Outcome::Skipped) ||
               (c.kind == Kind::UploadListing && c.outcome == Outcome::Skipped);
    });
}

void ConnectionTester::set(Kind kind, Outcome outcome, const QString &words)
{
    for (ConnectionCheck &c : m_checks) {
        if (c.kind == kind) {
            c.outcome = outcome;
            c.words = words;
            Q_EMIT checkUpdated(c);
            return;
        }
    }
}

void ConnectionTester::skipRemaining(const QString &words)
{
    for (const ConnectionCheck &c : std::as_const(m_checks)) {
        if (c.outcome == Outcome::Pending || c.outcome == Outcome::Running)
            set(c.kind, Outcome::Skipped, words);
    }
}

void ConnectionTester::start()
{
    if (m_running)
        return;
    m_running = true;
    for (ConnectionCheck &c : m_checks) {
        c.outcome = Outcome::Pending;
        c.words.clear();
    }
    S3ClientConfig config = m_config;
    config.maxAttempts = 1;
    config.timeoutMs = m_timeoutMs;
    delete m_client;
    m_client = new S3Client(config, this);
    m_client->setClock(m_clock);

    const S3Client::Prepared prepared = m_client->prepare(S3Request(), config.region);
    m_https = prepared.url.scheme() == u"https";
    m_host = prepared.url.host();
    m_port = prepared.url.port(m_https ? 443 : 80);
    checkEndpoint();
}

void ConnectionTester::checkEndpoint()
{
    set(Kind::Endpoint, Outcome::Running,
        QCoreApplication::translate("Connection", "Connecting to %1 port %2…").arg(m_host).arg(m_port));
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    const auto done = [this, socket](Outcome outcome, const QString &words) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        set(Kind::Endpoint, outcome, words);
        if (outcome == Outcome::Passed)
            checkTls();
        else
            skipRemaining(QCoreApplication::translate("Connection", "Not tried: the endpoint cannot be reached."));
        if (outcome != Outcome::Passed)
            finish();
    };
    connect(socket, &QTcpSocket::connected, this, [socket, done, this] {
        done(Outcome::Passed, QCoreApplication::translate("Connection", "%1 port %2 accepts connections (address %3).")
                                  .arg(m_host)
                                  .arg(m_port)
                                  .arg(socket->peerAddress().toString()));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, done, this](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::HostNotFoundError:
            return done(Outcome::Failed,
                        QCoreApplication::translate("Connection",
                                                    "The host name %1 cannot be found (DNS). Check the host name "
                                                    "in the endpoint URL and this computer's DNS settings.")
                            .arg(m_host));
        case QAbstractSocket::ConnectionRefusedError:
            return done(Outcome::Failed, QCoreApplication::translate(
                                             "Connection", "%1 refused the connection on port %2: nothing listens "
                                                           "there. Check the port in the endpoint URL and that the S3 "
                                                           "service is running.")
                                             .arg(m_host)
                                             .arg(m_port));
        default:
            return done(Outcome::Failed, QCoreApplication::translate(
                                             "Connection", "Cannot connect to %1 port %2: %3. Check the endpoint URL, "
                                                           "the network and any proxy.")
                                             .arg(m_host)
                                             .arg(m_port)
                                             .arg(socket->errorString()));
        }
    });
    connect(timer, &QTimer::timeout, this, [done, this] {
        done(Outcome::Failed, QCoreApplication::translate(
                                  "Connection", "No answer from %1 port %2 within %3: the host may be down, or a "
                                                "firewall drops the connection.")
                                  .arg(m_host)
                                  .arg(m_port)
                                  .arg(duration(m_timeoutMs)));
    });
    timer->start(m_timeoutMs);
    socket->connectToHost(m_host, quint16(m_port));
}

void ConnectionTester::checkTls()
{
    if (!m_https) {
        set(Kind::Tls, Outcome::Skipped,
            QCoreApplication::translate(
                "Connection",
                "The endpoint is plain http://: traffic, including request signatures, is not encrypted."));
        return checkAuthentication();
    }
    if (!m_config.verifyTls) {
        set(Kind::Tls, Outcome::Skipped,
            QCoreApplication::translate(
                "Connection", "Certificate checks are turned off for this connection: anyone on the network path could "
                              "pose as the server. Turn them on outside of tests."));
        return checkAuthentication();
    }
#if QT_CONFIG(ssl)
    set(Kind::Tls, Outcome::Running,
        QCoreApplication::translate("Connection", "Checking the certificate of %1…").arg(m_host));
    // The TLS set-up the client itself uses (the CA bundle in place of the system's CAs).
    const TlsSetup setup(TransportSettings{.caBundle = m_config.caBundle, .verifyTls = true});
    const QSslConfiguration ssl = setup.configuration();
    if (setup.caBundleError()) {
        set(Kind::Tls, Outcome::Failed,
            QCoreApplication::translate(
                "Connection",
                "No certificate could be read from the CA bundle %1. Give a PEM file of your S3 service's "
                "CA certificates.")
                .arg(m_config.caBundle));
        skipRemaining(QCoreApplication::translate("Connection", "Not tried: TLS is not set up."));
        return finish();
    }
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(ssl);
    socket->setPeerVerifyName(m_host);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto errors = std::make_shared<QList<QSslError>>();
    const auto done = [this, socket](Outcome outcome, const QString &words) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        set(Kind::Tls, outcome, words);
        if (outcome == Outcome::Passed)
            return checkAuthentication();
        skipRemaining(QCoreApplication::translate("Connection", "Not tried: the TLS connection failed."));
        finish();
    };
    connect(socket, &QSslSocket::sslErrors, this, [errors](const QList<QSslError> &list) { *errors += list; });
    connect(socket, &QSslSocket::encrypted, this, [socket, done, this] {
        const QSslCertificate certificate = socket->peerCertificate();
        const QString issuer = certificate.issuerDisplayName();
        const QString until = certificate.expiryDate().toUTC().toString(Qt::ISODate);
        done(Outcome::Passed,
             issuer.isEmpty()
                 ? QCoreApplication::translate("Connection",
                                               "The certificate of %1 is trusted (issued by an unnamed authority, "
                                               "valid until %2).")
                       .arg(m_host, until)
                 : QCoreApplication::translate("Connection", "The certificate of %1 is trusted (issued by %2, valid "
                                                             "until %3).")
                       .arg(m_host, issuer, until));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [socket, done, errors, this](QAbstractSocket::SocketError) {
        if (!errors->isEmpty()) {
            QStringList what;
            bool untrusted = false;
            for (const QSslError &e : std::as_const(*errors)) {
                what << e.errorString();
                switch (e.error()) {
                case QSslError::SelfSignedCertificate:
                case QSslError::SelfSignedCertificateInChain:
                case QSslError::UnableToGetLocalIssuerCertificate:
                case QSslError::UnableToGetIssuerCertificate:
                case QSslError::UnableToVerifyFirstCertificate:
                case QSslError::CertificateUntrusted:
                    untrusted = true;
                    break;
                default:
                    break;
                }
            }
            what.removeDuplicates();
            // The errors are Qt's own (translated by Qt), listed with "; ".
            const QString errorList = what.join(u"; ");
            if (untrusted && !m_config.caBundle.isEmpty())
                return done(Outcome::Failed,
                            QCoreApplication::translate("Connection",
                                                        "The certificate of %1 is not accepted: %2. It is not signed "
                                                        "by a CA in the CA bundle %3, which is trusted in place of "
                                                        "this computer's CAs: give the file that holds your S3 "
                                                        "service's CA.")
                                .arg(m_host, errorList, m_config.caBundle));
            if (untrusted)
                return done(Outcome::Failed,
                            QCoreApplication::translate("Connection",
                                                        "The certificate of %1 is not accepted: %2. Give the CA bundle "
                                                        "of your S3 service (a PEM file) in the connection's CA bundle "
                                                        "field, or install that CA on this computer.")
                                .arg(m_host, errorList));
            return done(Outcome::Failed,
                        QCoreApplication::translate("Connection", "The certificate of %1 is not accepted: %2.")
                            .arg(m_host, errorList));
        }
        done(Outcome::Failed, QCoreApplication::translate(
                                  "Connection", "The TLS handshake with %1 port %2 failed: %3. Check that this port "
                                                "serves https (or use an http:// endpoint URL).")
                                  .arg(m_host)
                                  .arg(m_port)
                                  .arg(socket->errorString()));
    });
    connect(timer, &QTimer::timeout, this, [done, this] {
        done(Outcome::Failed,
             QCoreApplication::translate("Connection", "The TLS handshake with %1 port %2 did not finish within %3.")
                 .arg(m_host)
                 .arg(m_port)
                 .arg(duration(m_timeoutMs)));
    });
    timer->start(m_timeoutMs);
    socket->connectToHostEncrypted(m_host, quint16(m_port));
#else
    set(Kind::Tls, Outcome::Skipped,
        QCoreApplication::translate("Connection", "This build of PartSweep has no TLS support."));
    checkAuthentication();
#endif
}

void ConnectionTester::checkAuthentication()
{
    const AwsCredentials &keys = m_config.credentials;
    if (keys.isEmpty()) {
        set(Kind::Authentication, Outcome::Failed,
            QCoreApplication::translate("Connection",
                                        "No complete keys: an access key and a secret key are both needed."));
        skipRemaining(QCoreApplication::translate("Connection", "Not tried: no keys."));
        return finish();
    }
    set(Kind::Authentication, Outcome::Running,
        QCoreApplication::translate("Connection", "Listing buckets with access key %1…").arg(keys.accessKeyId));
    m_client->listBucketsPage(QString(), this, [this](Result<ListBucketsPage> page, const ResponseMeta &meta) {
        const QString key = m_config.credentials.accessKeyId;
        if (page) {
            const Owner &owner = page->owner;
            const QString who = owner.displayName.isEmpty() ? owner.id : owner.displayName;
            const qsizetype buckets = page->buckets.size();
            set(Kind::Authentication, Outcome::Passed,
                who.isEmpty()
                    ? QCoreApplication::translate("Connection", "Access key %1 is accepted; it sees %2 bucket(s).")
                          .arg(key, QString::number(buckets))
                    : QCoreApplication::translate("Connection",
                                                  "Access key %1 is accepted (account %2); it sees %3 bucket(s).")
                          .arg(key, who, QString::number(buckets)));
            checkClock(meta);
            if (page->buckets.isEmpty()) {
                set(Kind::UploadListing, Outcome::Skipped,
                    QCoreApplication::translate("Connection", "The account has no bucket to try it on."));
                return finish();
            }
            return checkUploadListing(page->buckets.constFirst().name);
        }
        const S3Error &error = page.error();
        if (error.kind == S3Error::Kind::Network || error.kind == S3Error::Kind::Timeout) {
            set(Kind::Authentication, Outcome::Failed,
                QCoreApplication::translate("Connection", "No answer to the request: %1").arg(error.toString()));
            skipRemaining(QCoreApplication::translate("Connection", "Not tried: the server did not answer."));
            return finish();
        }
        const QString &code = error.code;
        QString words;
        Outcome outcome = Outcome::Failed;
        if (code == u"InvalidAccessKeyId") {
            words = QCoreApplication::translate(
                        "Connection", "The server does not know access key %1: the access key is wrong, or belongs to "
                                      "another service or account than this endpoint's.")
                        .arg(key);
        } else if (code == u"SignatureDoesNotMatch") {
            words = QCoreApplication::translate(
                        "Connection", "The secret key is wrong: the server knows access key %1 but refused the "
                                      "signature made with the secret key given. Enter the secret key that belongs to "
                                      "this access key.")
                        .arg(key);
        } else if (code == u"ExpiredToken" || code == u"TokenRefreshRequired") {
            words = QCoreApplication::translate("Connection",
                                                "The session token has expired: get new temporary credentials.");
        } else if (code == u"InvalidToken") {
            words =
                QCoreApplication::translate("Connection", "The session token is not valid for access key %1.").arg(key);
        } else if (code == u"AccessDenied") {
            outcome = Outcome::Passed;
            words = QCoreApplication::translate(
                        "Connection", "Access key %1 is accepted, but listing buckets is denied (AccessDenied): "
                                      "PartSweep can only scan buckets you name.")
                        .arg(key);
        } else if (code == u"RequestTimeTooSkewed") {
            words = QCoreApplication::translate("Connection",
                                                "The server refused the request because this computer's clock is off.");
        } else {
            words = error.toString();
        }
        set(Kind::Authentication, outcome, words);
        checkClock(meta);
        if (outcome == Outcome::Passed)
            set(Kind::UploadListing, Outcome::Skipped,
                QCoreApplication::translate("Connection", "No bucket is known to try it on."));
        skipRemaining(QCoreApplication::translate("Connection", "Not tried: authentication failed."));
        finish();
    });
}

void ConnectionTester::checkClock(const ResponseMeta &meta)
{
    qint64 skewMs = m_client->clockOffsetMs(); // set when the server refused a request as too skewed
    const bool corrected = skewMs != 0;
    if (!corrected) {
        const QDateTime serverTime = S3Xml::parseTimestamp(QString::fromLatin1(meta.headers.value("date")));
        if (!serverTime.isValid()) {
            set(Kind::Clock, Outcome::Skipped,
                QCoreApplication::translate("Connection", "The server sent no Date header to compare with."));
            return;
        }
        skewMs = m_clock().msecsTo(serverTime);
    }
    // skewMs > 0: the server is ahead of us, so this computer is behind. Whole sentences for each
    // case, so that translations can order the words as their language needs.
    const bool behind = skewMs > 0;
    const QString offBy = duration(skewMs);
    if (std::llabs(skewMs) > MaxClockSkewMs || corrected) {
        QString words;
        if (corrected)
            words = behind
                        ? QCoreApplication::translate("Connection",
                                                      "This computer's clock is %1 behind the server's. The server "
                                                      "refused requests signed with it; PartSweep now corrects for "
                                                      "the difference, but set the clock right (NTP).")
                        : QCoreApplication::translate("Connection",
                                                      "This computer's clock is %1 ahead of the server's. The server "
                                                      "refused requests signed with it; PartSweep now corrects for "
                                                      "the difference, but set the clock right (NTP).");
        else
            words = behind
                        ? QCoreApplication::translate("Connection",
                                                      "This computer's clock is %1 behind the server's. S3 refuses "
                                                      "requests more than 15 minutes off: set the clock right (NTP).")
                        : QCoreApplication::translate("Connection",
                                                      "This computer's clock is %1 ahead of the server's. S3 refuses "
                                                      "requests more than 15 minutes off: set the clock right (NTP).");
        set(Kind::Clock, Outcome::Failed, words.arg(offBy));
        return;
    }
    QString words;
    if (std::llabs(skewMs) < 1000)
        words = QCoreApplication::translate("Connection", "This computer's clock agrees with the server's.");
    else if (behind)
        words = QCoreApplication::translate("Connection",
                                            "This computer's clock is %1 behind the server's (less than 5 minutes: "
                                            "fine).")
                    .arg(offBy);
    else
        words = QCoreApplication::translate("Connection",
                                            "This computer's clock is %1 ahead of the server's (less than 5 minutes: "
                                            "fine).")
                    .arg(offBy);
    set(Kind::Clock, Outcome::Passed, words);
}

void ConnectionTester::checkUploadListing(const QString &bucket)
{
    set(Kind::UploadListing, Outcome::Running,
        QCoreApplication::translate("Connection", "Listing pending uploads in bucket %1…").arg(bucket));
    S3Client::ListUploadsQuery query = S3Client::ListUploadsQuery::forBucket(bucket);
    query.maxUploads = 1;
    m_client->listUploadsPage(query, this, [this, bucket](Result<ListUploadsPage> page, const ResponseMeta &) {
        if (page) {
            set(Kind::UploadListing, Outcome::Passed,
                QCoreApplication::translate("Connection", "Pending uploads can be listed in bucket %1.").arg(bucket));
        } else if (page.error().code == u"AccessDenied") {
            set(Kind::UploadListing, Outcome::Failed,
                QCoreApplication::translate(
                    "Connection", "Listing pending uploads in bucket %1 is denied (AccessDenied): PartSweep needs "
                                  "s3:ListBucketMultipartUploads on the buckets it scans. %2")
                    .arg(bucket, page.error().hint));
        } else {
            set(Kind::UploadListing, Outcome::Failed,
                QCoreApplication::translate("Connection", "Listing pending uploads in bucket %1 failed: %2")
                    .arg(bucket, page.error().toString()));
        }
        finish();
    });
}

void ConnectionTester::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace PartSweep
