#include "faultys3server.h"

#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace PartSweep::Test {

namespace {

constexpr qint64 MaxSkewMs = 15 * 60 * 1000; // what S3 allows

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// encoding-type=url as AWS does it: form encoding, '/' kept.
QByteArray urlEncodeKey(const QString &key)
{
    return QUrl::toPercentEncoding(key, "/");
}

QString percentDecode(QByteArrayView encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toByteArray()));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Slow Down";
    default:
        return "Status";
    }
}

} // namespace

// --- RecordedRequest ------------------------------------------------------------------------

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n == name)
            return v;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &h) { return h.first == name; });
}

bool RecordedRequest::hasQueryItem(const QString &name) const
{
    for (const QByteArray &item : query.split('&')) {
        if (percentDecode(item.left(item.indexOf('=') < 0 ? item.size() : item.indexOf('='))) == name)
            return true;
    }
    return false;
}

QString RecordedRequest::queryItem(const QString &name) const
{
    for (const QByteArray &item : query.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray itemName = eq < 0 ? item : item.left(eq);
        if (percentDecode(itemName) == name)
            return eq < 0 ? QString() : percentDecode(item.mid(eq + 1));
    }
    return {};
}

QString RecordedRequest::bucket() const
{
    const QByteArray rest = path.mid(1);
    const qsizetype slash = rest.indexOf('/');
    return percentDecode(slash < 0 ? rest : rest.left(slash));
}

bool RecordedRequest::hasKey() const
{
    return path.indexOf('/', 1) > 0;
}

QString RecordedRequest::key() const
{
    const qsizetype slash = path.indexOf('/', 1);
    return slash < 0 ? QString() : percentDecode(path.mid(slash + 1));
}

QByteArrayList RecordedRequest::signedHeaders() const
{
    const QByteArray auth = header("authorization");
    const qsizetype at = auth.indexOf("SignedHeaders=");
    if (at < 0)
        return {};
    const qsizetype start = at + int(sizeof("SignedHeaders=") - 1);
    const qsizetype end = auth.indexOf(',', start);
    return auth.mid(start, end < 0 ? -1 : end - start).trimmed().split(';');
}

QString RecordedRequest::signingRegion() const
{
    // Credential=AKID/20240101/region/s3/aws4_request
    const QByteArray auth = header("authorization");
    const qsizetype at = auth.indexOf("Credential=");
    if (at < 0)
        return {};
    const qsizetype start = at + int(sizeof("Credential=") - 1);
    const qsizetype end = auth.indexOf(',', start);
    const QByteArrayList scope = auth.mid(start, end < 0 ? -1 : end - start).split('/');
    return scope.size() >= 5 ? QString::fromLatin1(scope.at(scope.size() - 3)) : QString();
}

QString RecordedRequest::operation() const
{
    if (path == "/" || path.isEmpty())
        return QStringLiteral("ListBuckets");
    if (hasKey()) {
        if (hasQueryItem(QStringLiteral("uploadId")))
            return method == "DELETE" ? QStringLiteral("AbortMultipartUpload") : QStringLiteral("ListParts");
        return QString::fromLatin1(method) + QStringLiteral("Object");
    }
    if (hasQueryItem(QStringLiteral("uploads")))
        return QStringLiteral("ListMultipartUploads");
    if (hasQueryItem(QStringLiteral("location")))
        return QStringLiteral("GetBucketLocation");
    if (hasQueryItem(QStringLiteral("lifecycle")))
        return method == "PUT" ? QStringLiteral("PutBucketLifecycleConfiguration")
                               : QStringLiteral("GetBucketLifecycleConfiguration");
    if (method == "HEAD")
        return QStringLiteral("HeadBucket");
    return QString::fromLatin1(method) + QStringLiteral("Bucket");
}

// --- FakeResponse ---------------------------------------------------------------------------

FakeResponse FakeResponse::ok(QByteArray body)
{
    FakeResponse r;
    r.status = 200;
    r.body = std::move(body);
    if (!r.body.isEmpty())
        r.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml")});
    return r;
}

FakeResponse FakeResponse::s3Error(int status, const QString &code, const QString &message, const QByteArray &extraXml)
{
    FakeResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("content-type"), QByteArrayLiteral("application/xml")});
    r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + xmlEscape(code) + "</Code><Message>" +
             xmlEscape(message) + "</Message>" + extraXml + "<RequestId>FAKEREQID</RequestId></Error>";
    return r;
}

FakeResponse FakeResponse::slowDown()
{
    return s3Error(503, QStringLiteral("SlowDown"), QStringLiteral("Please reduce your request rate."));
}

FakeResponse FakeResponse::closeWithoutAnswer()
{
    FakeResponse r;
    r.fault = Fault::CloseWithoutAnswer;
    return r;
}

FakeResponse FakeResponse::resetMidBody()
{
    FakeResponse r;
    r.fault = Fault::ResetMidBody;
    return r;
}

FakeResponse FakeResponse::trickle(QByteArray body, int intervalMs)
{
    FakeResponse r = ok(std::move(body));
    r.fault = Fault::Trickle;
    r.intervalMs = intervalMs;
    return r;
}

FakeResponse FakeResponse::flood(qint64 announcedLength)
{
    FakeResponse r;
    r.fault = Fault::Flood;
    r.announcedLength = announcedLength;
    return r;
}

FakeResponse FakeResponse::delayed(int ms) const
{
    FakeResponse r = *this;
    r.delayMs = ms;
    return r;
}

FakeResponse FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeResponse r = *this;
    r.headers.append({name.toLower(), value});
    return r;
}

// --- one TCP connection ---------------------------------------------------------------------

// Reads requests one at a time (no pipelining: the next is parsed once the previous one is
// answered), and writes the answer the server chose, possibly late or broken.
class FakeConnection final : public QObject
{
public:
    FakeConnection(FaultyS3Server *server, QTcpSocket *socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &FakeConnection::handleReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &FakeConnection::handleDisconnected);
    }

private:
    void handleReadyRead()
    {
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void handleDisconnected()
    {
        if (m_busy) {
            m_busy = false;
            m_server->requestEnded();
        }
        m_closed = true;
        deleteLater();
    }

    void processBuffer()
    {
        if (m_busy || m_closed)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArrayList lines = m_buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QByteArrayList requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype q = request.target.indexOf('?');
        request.path = q < 0 ? request.target : request.target.left(q);
        request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (m_buffer.size() < total)
            return; // the body is still coming
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_buffer.remove(0, total);
        request.connection = m_id;
        m_closeAfter = request.header("connection").toLower() == "close";

        m_busy = true;
        m_server->requestStarted(request);
        const RecordedRequest &recorded = m_server->m_requests.constLast();
        FakeResponse response = m_server->respond(recorded);
        m_server->finishResponse(response, recorded);
        const bool head = request.method == "HEAD";
        const int delay = response.delayMs + m_server->m_delayMs;
        if (delay > 0)
            QTimer::singleShot(delay, this, [this, response, head] { deliver(response, head); });
        else
            deliver(response, head);
    }

    void deliver(const FakeResponse &response, bool head)
    {
        if (m_closed)
            return;
        m_busy = false;
        m_server->requestEnded();
        switch (response.fault) {
        case FakeResponse::Fault::CloseWithoutAnswer:
            m_closed = true;
            m_socket->abort();
            deleteLater();
            return;
        case FakeResponse::Fault::ResetMidBody: {
            QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 1000\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n<?xml vers"; // 10 of the 1000 bytes promised
            m_socket->write(out);
            m_closed = true;
            // Let the bytes out first, then cut the connection.
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_socket->bytesToWrite() == 0)
                    m_socket->abort();
            });
            m_socket->flush();
            QTimer::singleShot(1000, this, [this] { deleteLater(); });
            return;
        }
        case FakeResponse::Fault::Trickle:
            m_closed = true; // nothing else on this connection
            m_socket->write(statusAndHeaders(response, response.body.size(), false));
            trickle(response.body, response.intervalMs);
            return;
        case FakeResponse::Fault::Flood:
            m_closed = true;
            m_socket->write(statusAndHeaders(response, response.announcedLength, response.announcedLength == 0));
            connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeConnection::flood);
            flood();
            return;
        case FakeResponse::Fault::None:
            break;
        }
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(head ? 0 : response.body.size()) + "\r\n";
        out += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        out += "\r\n";
        if (!head)
            out += response.body;
        m_socket->write(out);
        if (m_closeAfter) {
            m_closed = true;
            m_socket->disconnectFromHost();
            return;
        }
        processBuffer(); // a request that arrived meanwhile
    }

    // The status line and headers; length < 0 or closes: no Content-Length (ends with the connection).
    static QByteArray statusAndHeaders(const FakeResponse &response, qint64 length, bool closes)
    {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (!closes)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        out += closes ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        return out;
    }

    void trickle(QByteArray rest, int intervalMs)
    {
        if (rest.isEmpty() || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_socket->write(rest.left(1));
        QTimer::singleShot(intervalMs, this, [this, rest = rest.mid(1), intervalMs] { trickle(rest, intervalMs); });
    }

    // Keeps a few hundred KiB queued: as fast as the client reads, for as long as it reads.
    void flood()
    {
        static const QByteArray chunk = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + QByteArray(64 * 1024 - 38, ' ');
        while (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < 256 * 1024) {
            m_socket->write(chunk);
            m_server->m_floodBytes += chunk.size();
        }
    }

    FaultyS3Server *m_server;
    QTcpSocket *m_socket;
    int m_id;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closed = false;
    bool m_closeAfter = false;
};

// --- FaultyS3Server -------------------------------------------------------------------------

FaultyS3Server::FaultyS3Server(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultyS3Server::handleNewConnection);
}

FaultyS3Server::~FaultyS3Server() = default;

bool FaultyS3Server::listen(const QHostAddress &address)
{
    m_server->setMaxPendingConnections(512);
    return m_server->listen(address, 0);
}

QUrl FaultyS3Server::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    return url;
}

void FaultyS3Server::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new FakeConnection(this, socket, ++m_connections);
}

void FaultyS3Server::enqueue(const FakeResponse &response, int times)
{
    for (int i = 0; i < times; ++i)
        m_queue.push_back(response);
}

void FaultyS3Server::enqueueSlowDownStorm(int count)
{
    enqueue(FakeResponse::slowDown(), count);
}

void FaultyS3Server::addRule(Rule rule)
{
    m_rules.push_back(std::move(rule));
}

void FaultyS3Server::setRequestLimit(int limit)
{
    m_requestLimit = limit;
}

void FaultyS3Server::setDelayMs(int ms)
{
    m_delayMs = ms;
}

void FaultyS3Server::setExpectedBucketOwner(const QString &ownerId)
{
    m_expectedOwner = ownerId;
}

void FaultyS3Server::setChargeRequester(bool charge)
{
    m_chargeRequester = charge;
}

void FaultyS3Server::setClockOffsetMs(qint64 offsetMs)
{
    m_clockOffsetMs = offsetMs;
}

void FaultyS3Server::setDateStyle(DateStyle style)
{
    m_dateStyle = style;
}

void FaultyS3Server::setBucketRegion(const QString &bucket, const QString &region, RegionFault fault)
{
    m_regions.insert(bucket, {region, fault});
    addBucket(bucket);
}

void FaultyS3Server::addBucket(const QString &bucket)
{
    if (!m_buckets.contains(bucket))
        m_buckets.append(bucket);
}

void FaultyS3Server::addUpload(const QString &bucket, const QString &key, const QString &uploadId, int parts,
                               qint64 partSize)
{
    addBucket(bucket);
    Upload upload;
    upload.bucket = bucket;
    upload.key = key;
    upload.uploadId = uploadId;
    upload.parts = parts;
    upload.partSize = partSize;
    // S3 order: by key (UTF-8 bytes), then as initiated (here: as added): after every upload
    // with a key <= this one (one insertion, not a sort, so a bench can add 100,000).
    const QByteArray key8 = key.toUtf8();
    const auto at = std::upper_bound(m_uploads.begin(), m_uploads.end(), key8,
                                     [](const QByteArray &k, const Upload &u) { return k < u.key.toUtf8(); });
    m_byUploadIdStale = m_byUploadIdStale || at != m_uploads.end();
    if (!m_byUploadIdStale)
        m_byUploadId.insert(upload.uploadId, qsizetype(m_uploads.size()));
    m_uploads.insert(at, upload);
}

void FaultyS3Server::setListingFault(ListingFault fault)
{
    m_listingFault = fault;
    m_firstNextMarkers.reset();
}

void FaultyS3Server::setPartsSurviveAbort(bool survive)
{
    m_partsSurviveAborts = survive ? std::numeric_limits<int>::max() : 0;
}

void FaultyS3Server::setPartsSurviveAborts(int aborts)
{
    m_partsSurviveAborts = std::max(0, aborts);
}

int FaultyS3Server::abortCount(const QString &bucket, const QString &key, const QString &uploadId) const
{
    const Upload *upload = findUpload(bucket, key, uploadId);
    return upload ? upload->aborts : 0;
}

void FaultyS3Server::setListPartsHeaders(QList<std::pair<QByteArray, QByteArray>> headers)
{
    m_listPartsHeaders = std::move(headers);
}

int FaultyS3Server::uploadCount(const QString &bucket) const
{
    return int(std::count_if(m_uploads.cbegin(), m_uploads.cend(),
                             [&bucket](const Upload &u) { return u.bucket == bucket && !u.aborted; }));
}

int FaultyS3Server::requestCount(const QString &operation) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&operation](const RecordedRequest &r) { return r.operation() == operation; }));
}

void FaultyS3Server::clearRecords()
{
    m_requests.clear();
    m_maxConcurrent = m_inProgress;
}

QByteArray FaultyS3Server::httpDate(const QDateTime &time, DateStyle style)
{
    const QString format = style == DateStyle::HttpDate ? QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")
                                                        : QStringLiteral("ddd, dd MMM yyyy hh:mm:ss '+0000'");
    return QLocale::c().toString(time.toUTC(), format).toLatin1();
}

QDateTime FaultyS3Server::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void FaultyS3Server::requestStarted(const RecordedRequest &request)
{
    RecordedRequest recorded = request;
    recorded.index = int(m_requests.size());
    m_requests.append(recorded);
    ++m_inProgress;
    m_maxConcurrent = std::max(m_maxConcurrent, m_inProgress);
    Q_EMIT requestReceived(recorded);
}

FakeResponse FaultyS3Server::respond(const RecordedRequest &request)
{
    if (m_requestLimit > 0 && requestCount() > m_requestLimit)
        return FakeResponse::s3Error(400, QStringLiteral("InvalidRequest"),
                                     QStringLiteral("FaultyS3Server: request limit %1 reached").arg(m_requestLimit));
    if (std::optional<FakeResponse> refused = checkProperties(request))
        return *refused;
    if (!m_queue.empty()) {
        FakeResponse next = m_queue.front();
        m_queue.erase(m_queue.begin());
        return next;
    }
    for (const Rule &rule : m_rules) {
        if (std::optional<FakeResponse> answer = rule(request))
            return *answer;
    }
    if (std::optional<FakeResponse> answer = fromStore(request))
        return *answer;
    return FakeResponse::s3Error(501, QStringLiteral("NotImplemented"),
                                 QStringLiteral("FaultyS3Server has no answer for %1").arg(request.operation()));
}

std::optional<FakeResponse> FaultyS3Server::checkProperties(const RecordedRequest &request) const
{
    const QString bucket = request.bucket();
    if (!m_expectedOwner.isEmpty() && !bucket.isEmpty() && request.hasHeader("x-amz-expected-bucket-owner") &&
        request.header("x-amz-expected-bucket-owner") != m_expectedOwner.toUtf8()) {
        return FakeResponse::s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
    }

    const QDateTime clientTime = QDateTime::fromString(QString::fromLatin1(request.header("x-amz-date")),
                                                       QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (clientTime.isValid()) {
        QDateTime utc = clientTime;
        utc.setTimeZone(QTimeZone::utc());
        const QDateTime now = serverNow();
        if (std::abs(utc.msecsTo(now)) > MaxSkewMs) {
            return FakeResponse::s3Error(
                403, QStringLiteral("RequestTimeTooSkewed"),
                QStringLiteral("The difference between the request time and the current time is too large."),
                "<RequestTime>" + request.header("x-amz-date") + "</RequestTime><ServerTime>" +
                    now.toString(Qt::ISODate).toLatin1() +
                    "</ServerTime><MaxAllowedSkewMilliseconds>900000"
                    "</MaxAllowedSkewMilliseconds>");
        }
    }

    const auto region = m_regions.constFind(bucket);
    if (!bucket.isEmpty() && region != m_regions.cend() && !request.hasQueryItem(QStringLiteral("location")) &&
        request.signingRegion() != region->first) {
        const QByteArray wanted = region->first.toUtf8();
        if (region->second == RegionFault::PermanentRedirect) {
            FakeResponse r = FakeResponse::s3Error(
                301, QStringLiteral("PermanentRedirect"),
                QStringLiteral("The bucket you are attempting to access must be addressed using the specified "
                               "endpoint. Please send all future requests to this endpoint."),
                "<Endpoint>" + xmlEscape(bucket) + ".s3." + wanted + ".amazonaws.com</Endpoint><Bucket>" +
                    xmlEscape(bucket) + "</Bucket>");
            return r.withHeader("x-amz-bucket-region", wanted);
        }
        return FakeResponse::s3Error(400, QStringLiteral("AuthorizationHeaderMalformed"),
                                     QStringLiteral("The authorization header is malformed; the region '%1' is "
                                                    "wrong; expecting '%2'")
                                         .arg(request.signingRegion(), region->first),
                                     "<Region>" + wanted + "</Region>");
    }
    return std::nullopt;
}

std::optional<FakeResponse> FaultyS3Server::fromStore(const RecordedRequest &request)
{
    const QString operation = request.operation();
    const QString bucket = request.bucket();
    if (operation == u"ListBuckets") {
        QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListAllMyBucketsResult><Owner><ID>fake-owner</ID>"
            "<DisplayName>fake</DisplayName></Owner><Buckets>";
        for (const QString &b : std::as_const(m_buckets))
            xml += "<Bucket><Name>" + xmlEscape(b) +
                   "</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate>"
                   "</Bucket>";
        xml += "</Buckets></ListAllMyBucketsResult>";
        return FakeResponse::ok(xml);
    }
    if (!m_buckets.contains(bucket))
        return FakeResponse::s3Error(404, QStringLiteral("NoSuchBucket"),
                                     QStringLiteral("The specified bucket "
                                                    "does not exist"));
    if (operation == u"GetBucketLocation") {
        const QString region = m_regions.value(bucket).first;
        return FakeResponse::ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint>" +
                                xmlEscape(region == u"us-east-1" ? QString() : region) + "</LocationConstraint>");
    }
    if (operation == u"HeadBucket") {
        FakeResponse r = FakeResponse::ok();
        const QString region = m_regions.value(bucket).first;
        return region.isEmpty() ? r : r.withHeader("x-amz-bucket-region", region.toUtf8());
    }
    if (operation == u"ListMultipartUploads")
        return listUploads(request);
    if (operation == u"ListParts")
        return listParts(request);
    if (operation == u"AbortMultipartUpload") {
        Upload *upload = findUpload(bucket, request.key(), request.queryItem(QStringLiteral("uploadId")));
        if (upload)
            ++upload->aborts;
        // Aborted and nothing left: gone. Aborted with parts still listed: AWS answers 204 again.
        if (!upload || (upload->aborted && upload->parts == 0))
            return FakeResponse::s3Error(404, QStringLiteral("NoSuchUpload"),
                                         QStringLiteral("The specified upload does not exist."));
        upload->aborted = true;
        if (upload->aborts > m_partsSurviveAborts)
            upload->parts = 0;
        FakeResponse r;
        r.status = 204;
        return r;
    }
    return std::nullopt;
}

FaultyS3Server::Upload *FaultyS3Server::findUpload(const QString &bucket, const QString &key, const QString &uploadId)
{
    if (m_byUploadIdStale) {
        m_byUploadId.clear();
        m_byUploadId.reserve(qsizetype(m_uploads.size()));
        for (qsizetype i = 0; i < qsizetype(m_uploads.size()); ++i)
            m_byUploadId.insert(m_uploads[size_t(i)].uploadId, i);
        m_byUploadIdStale = false;
    }
    for (auto it = m_byUploadId.constFind(uploadId); it != m_byUploadId.cend() && it.key() == uploadId; ++it) {
        Upload &u = m_uploads[size_t(it.value())];
        if (u.bucket == bucket && u.key == key)
            return &u;
    }
    return nullptr;
}

const FaultyS3Server::Upload *FaultyS3Server::findUpload(const QString &bucket, const QString &key,
                                                         const QString &uploadId) const
{
    return const_cast<FaultyS3Server *>(this)->findUpload(bucket, key, uploadId);
}

FakeResponse FaultyS3Server::listUploads(const RecordedRequest &request)
{
    const QString bucket = request.bucket();
    const bool encode = request.queryItem(QStringLiteral("encoding-type")) == u"url" && !m_ignoresEncodingType;
    const int maxUploads = std::clamp(request.queryItem(QStringLiteral("max-uploads")).toInt(), 1, 1000);
    QString keyMarker = request.queryItem(QStringLiteral("key-marker"));
    QString idMarker = request.queryItem(QStringLiteral("upload-id-marker"));
    if (m_listingFault == ListingFault::IgnoreMarkers) {
        keyMarker.clear();
        idMarker.clear();
    }
    const QString prefix = request.queryItem(QStringLiteral("prefix"));

    std::vector<const Upload *> listed;
    for (const Upload &u : m_uploads) {
        if (u.bucket == bucket && !u.aborted && u.key.startsWith(prefix))
            listed.push_back(&u);
    }
    // Skip what the markers say was listed: keys up to key-marker, and within key-marker's key
    // the uploads up to upload-id-marker.
    auto start = listed.begin();
    if (!keyMarker.isEmpty()) {
        const QByteArray marker = keyMarker.toUtf8();
        start = std::find_if(listed.begin(), listed.end(), [&](const Upload *u) {
            const QByteArray key = u->key.toUtf8();
            return key > marker || (key == marker && !idMarker.isEmpty());
        });
        if (!idMarker.isEmpty()) {
            auto at = std::find_if(start, listed.end(),
                                   [&](const Upload *u) { return u->key == keyMarker && u->uploadId == idMarker; });
            if (at != listed.end())
                start = at + 1;
            else
                start = std::find_if(start, listed.end(), [&](const Upload *u) { return u->key.toUtf8() > marker; });
        }
    }
    const auto end = listed.end() - start > maxUploads ? start + maxUploads : listed.end();
    const bool truncated = end != listed.end();

    QString nextKey;
    QString nextId;
    if (end != start) {
        nextKey = (*(end - 1))->key;
        nextId = (*(end - 1))->uploadId;
    }
    bool sendNext = truncated;
    if (truncated) {
        switch (m_listingFault) {
        case ListingFault::MarkersStuck:
            if (!m_firstNextMarkers)
                m_firstNextMarkers = std::pair{nextKey, nextId};
            nextKey = m_firstNextMarkers->first;
            nextId = m_firstNextMarkers->second;
            break;
        case ListingFault::NoNextMarkers:
            sendNext = false;
            break;
        case ListingFault::MarkersGoBack:
            if (!m_firstNextMarkers) {
                m_firstNextMarkers = std::pair{nextKey, nextId};
            } else if (std::pair{keyMarker, idMarker} != *m_firstNextMarkers) {
                nextKey = m_firstNextMarkers->first;
                nextId = m_firstNextMarkers->second;
            }
            break;
        case ListingFault::None:
        case ListingFault::IgnoreMarkers:
            break;
        }
    }

    auto enc = [encode](const QString &key) { return encode ? urlEncodeKey(key) : xmlEscape(key); };
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<ListMultipartUploadsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>" +
                     xmlEscape(bucket) + "</Bucket><KeyMarker>" + enc(keyMarker) + "</KeyMarker><UploadIdMarker>" +
                     xmlEscape(idMarker) + "</UploadIdMarker>";
    if (sendNext)
        xml += "<NextKeyMarker>" + enc(nextKey) + "</NextKeyMarker><NextUploadIdMarker>" + xmlEscape(nextId) +
               "</NextUploadIdMarker>";
    if (encode)
        xml += "<EncodingType>url</EncodingType>";
    xml += "<Prefix>" + enc(prefix) + "</Prefix><MaxUploads>" + QByteArray::number(maxUploads) +
           "</MaxUploads><IsTruncated>" + (truncated ? "true" : "false") + "</IsTruncated>";
    for (auto it = start; it != end; ++it) {
        const Upload *u = *it;
        xml += "<Upload><Key>" + enc(u->key) + "</Key><UploadId>" + xmlEscape(u->uploadId) + "</UploadId>" +
               m_identityXml +
               "<StorageClass>STANDARD</StorageClass><Initiated>2024-01-01T00:00:00.000Z</Initiated></Upload>";
    }
    xml += "</ListMultipartUploadsResult>";
    return FakeResponse::ok(xml);
}

void FaultyS3Server::setListingIdentity(const QByteArray &ownerId, const QByteArray &ownerName,
                                        const QByteArray &initiatorId, const QByteArray &initiatorName)
{
    m_identityXml = "<Initiator><ID>" + initiatorId + "</ID><DisplayName>" + initiatorName +
                    "</DisplayName></Initiator><Owner><ID>" + ownerId + "</ID><DisplayName>" + ownerName +
                    "</DisplayName></Owner>";
}

FakeResponse FaultyS3Server::listParts(const RecordedRequest &request) const
{
    const Upload *upload = findUpload(request.bucket(), request.key(), request.queryItem(QStringLiteral("uploadId")));
    // After an abort S3 answers NoSuchUpload, unless parts that were still uploading survived it.
    if (!upload || (upload->aborted && upload->parts == 0))
        return FakeResponse::s3Error(404, QStringLiteral("NoSuchUpload"),
                                     QStringLiteral("The specified upload does not exist."));
    const int maxParts = std::clamp(request.queryItem(QStringLiteral("max-parts")).toInt(), 1, 1000);
    const int marker = request.queryItem(QStringLiteral("part-number-marker")).toInt();
    const int last = std::min(upload->parts, marker + maxParts);
    const bool truncated = last < upload->parts;
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<ListPartsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Bucket>" +
                     xmlEscape(upload->bucket) + "</Bucket><Key>" + xmlEscape(upload->key) + "</Key><UploadId>" +
                     xmlEscape(upload->uploadId) +
                     "</UploadId><StorageClass>STANDARD</StorageClass>"
                     "<PartNumberMarker>" +
                     QByteArray::number(marker) + "</PartNumberMarker><NextPartNumberMarker>" +
                     QByteArray::number(last) + "</NextPartNumberMarker><MaxParts>" + QByteArray::number(maxParts) +
                     "</MaxParts><IsTruncated>" + (truncated ? "true" : "false") + "</IsTruncated>";
    for (int n = marker + 1; n <= last; ++n)
        xml += "<Part><PartNumber>" + QByteArray::number(n) +
               "</PartNumber><LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>\"0123456789abcdef"
               "0123456789abcdef\"</ETag><Size>" +
               QByteArray::number(upload->partSize) + "</Size></Part>";
    xml += "</ListPartsResult>";
    FakeResponse r = FakeResponse::ok(xml);
    for (const auto &[name, value] : m_listPartsHeaders)
        r = r.withHeader(name, value);
    return r;
}

void FaultyS3Server::finishResponse(FakeResponse &response, const RecordedRequest &request) const
{
    response.headers.prepend({QByteArrayLiteral("x-amz-request-id"), "FAKE" + QByteArray::number(request.index)});
    if (m_dateStyle != DateStyle::None)
        response.headers.prepend({QByteArrayLiteral("date"), httpDate(serverNow(), m_dateStyle)});
    response.headers.prepend({QByteArrayLiteral("server"), QByteArrayLiteral("FaultyS3Server")});
    if (m_chargeRequester)
        response.headers.append({QByteArrayLiteral("x-amz-request-charged"), QByteArrayLiteral("requester")});
}

} // namespace PartSweep::Test
