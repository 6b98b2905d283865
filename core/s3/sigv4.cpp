#include "s3/sigv4.h"

#include "s3/crypto.h"

#include <QMutexLocker>

#include <algorithm>

namespace PartSweep::SigV4 {

namespace {

constexpr char Algorithm[] = "AWS4-HMAC-SHA256";
constexpr char ScopeTerminator[] = "aws4_request";
constexpr char Redacted[] = "<redacted>";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

QByteArray zeroPadded(int value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

struct CanonicalHeaders
{
    QByteArray block; // "name:value\n" per header
    QByteArray names; // "name;name;..."
};

CanonicalHeaders canonicalHeaders(const QList<Header> &headers)
{
    QList<Header> normalised;
    normalised.reserve(headers.size());
    for (const auto &[name, value] : headers)
        normalised.append({name.trimmed().toLower(), value.simplified()});
    // Stable, so that values of a repeated header keep the order the caller gave.
    std::stable_sort(normalised.begin(), normalised.end(),
                     [](const Header &a, const Header &b) { return a.first < b.first; });

    CanonicalHeaders out;
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        const QByteArray &name = normalised.at(i).first;
        QByteArray value = normalised.at(i).second;
        while (i + 1 < normalised.size() && normalised.at(i + 1).first == name)
            value += ',' + normalised.at(++i).second;
        out.block += name + ':' + value + '\n';
        if (!out.names.isEmpty())
            out.names += ';';
        out.names += name;
    }
    return out;
}

QByteArray cacheKey(const QString &secretAccessKey, QByteArrayView dateStamp, QByteArrayView region,
                    QByteArrayView service)
{
    QByteArray key = Crypto::sha256(secretAccessKey.toUtf8());
    key += '\n';
    key += dateStamp;
    key += '\n';
    key += region;
    key += '\n';
    key += service;
    return key;
}

} // namespace

QByteArray uriEncode(QByteArrayView utf8, bool encodeSlash)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += Hex[byte >> 4];
            out += Hex[byte & 0x0F];
        }
    }
    return out;
}

QByteArray canonicalPath(const QString &rawPath)
{
    if (rawPath.isEmpty())
        return QByteArrayLiteral("/");
    const QByteArray encoded = uriEncode(rawPath.toUtf8(), false);
    return encoded.startsWith('/') ? encoded : QByteArray('/' + encoded);
}

QByteArray canonicalQuery(const QList<QueryParam> &params)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append({uriEncode(name.toUtf8(), true), uriEncode(value.toUtf8(), true)});
    // Sort the pairs, not the joined "name=value" strings: '-' sorts before '=', so joined strings
    // would put "max-uploads-x=1" before "max-uploads=1", which is not what S3 computes.
    std::sort(encoded.begin(), encoded.end());

    QByteArray out;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray amzDate(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return zeroPadded(d.year(), 4) + zeroPadded(d.month(), 2) + zeroPadded(d.day(), 2) + 'T' + zeroPadded(t.hour(), 2) +
           zeroPadded(t.minute(), 2) + zeroPadded(t.second(), 2) + 'Z';
}

QByteArray dateStamp(const QDateTime &time)
{
    return amzDate(time).left(8);
}

QList<Header> requiredHeaders(QByteArrayView host, const QDateTime &time, QByteArrayView payloadHash,
                              const AwsCredentials &credentials)
{
    QList<Header> headers{
        {QByteArrayLiteral("host"), host.toByteArray()},
        {QByteArrayLiteral("x-amz-content-sha256"), payloadHash.toByteArray()},
        {QByteArrayLiteral("x-amz-date"), amzDate(time)},
    };
    if (!credentials.sessionToken.isEmpty())
        headers.append({QByteArrayLiteral("x-amz-security-token"), credentials.sessionToken.toUtf8()});
    return headers;
}

QByteArray deriveSigningKey(const QString &secretAccessKey, QByteArrayView dateStamp, QByteArrayView region,
                            QByteArrayView service)
{
    const QByteArray dateKey = Crypto::hmacSha256(QByteArray("AWS4" + secretAccessKey.toUtf8()), dateStamp);
    const QByteArray regionKey = Crypto::hmacSha256(dateKey, region);
    const QByteArray serviceKey = Crypto::hmacSha256(regionKey, service);
    return Crypto::hmacSha256(serviceKey, ScopeTerminator);
}

SigningKeyCache::SigningKeyCache(int capacity)
    : m_keys(std::max(capacity, 1))
{}

QByteArray SigningKeyCache::signingKey(const QString &secretAccessKey, QByteArrayView dateStamp, QByteArrayView region,
                                       QByteArrayView service)
{
    const QByteArray key = cacheKey(secretAccessKey, dateStamp, region, service);
    {
        QMutexLocker locker(&m_mutex);
        if (const QByteArray *cached = m_keys.object(key)) {
            ++m_hits;
            return *cached;
        }
    }
    // Two threads may both miss and derive the same key; both results are equal, so the second
    // insert is harmless and no thread waits on another's HMACs.
    const QByteArray derived = deriveSigningKey(secretAccessKey, dateStamp, region, service);
    if (derived.isEmpty())
        return derived; // OpenSSL failed: do not cache the failure
    QMutexLocker locker(&m_mutex);
    m_keys.insert(key, new QByteArray(derived));
    return derived;
}

int SigningKeyCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_keys.size());
}

qint64 SigningKeyCache::hits() const
{
    QMutexLocker locker(&m_mutex);
    return m_hits;
}

void SigningKeyCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_keys.clear();
    m_hits = 0;
}

Signed sign(const Request &request, const AwsCredentials &credentials, const QString &region, const QDateTime &time,
            SigningKeyCache *cache, QByteArrayView service)
{
    const QByteArray date = dateStamp(time);
    const QByteArray regionUtf8 = region.toUtf8();
    const QByteArray serviceName = service.toByteArray();
    const CanonicalHeaders headers = canonicalHeaders(request.headers);
    const QByteArray path = request.canonicalPath.isEmpty() ? QByteArrayLiteral("/") : request.canonicalPath;

    Signed out;
    out.signedHeaders = headers.names;
    out.canonicalRequest = request.method + '\n' + path + '\n' + request.canonicalQuery + '\n' + headers.block + '\n' +
                           headers.names + '\n' + request.payloadHash;

    const QByteArray scope = date + '/' + regionUtf8 + '/' + serviceName + '/' + ScopeTerminator;
    out.stringToSign =
        QByteArray(Algorithm) + '\n' + amzDate(time) + '\n' + scope + '\n' + Crypto::sha256Hex(out.canonicalRequest);

    const QByteArray signingKey = cache ? cache->signingKey(credentials.secretAccessKey, date, regionUtf8, serviceName)
                                        : deriveSigningKey(credentials.secretAccessKey, date, regionUtf8, serviceName);
    out.signature = Crypto::hmacSha256(signingKey, out.stringToSign).toHex();
    out.authorization = QByteArray(Algorithm) + " Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope +
                        ", SignedHeaders=" + headers.names + ", Signature=" + out.signature;
    return out;
}

QByteArray redactAuthorization(QByteArrayView authorization)
{
    static constexpr QByteArrayView Marker("Signature=");
    QByteArray out = authorization.toByteArray();
    qsizetype at = out.indexOf(Marker);
    if (at < 0) {
        // Not SigV4: we cannot tell which part is secret, so keep only the scheme word.
        const qsizetype space = out.indexOf(' ');
        return space < 0 ? QByteArray(Redacted) : QByteArray(out.left(space) + ' ' + Redacted);
    }
    while (at >= 0) {
        const qsizetype valueStart = at + Marker.size();
        qsizetype valueEnd = out.indexOf(',', valueStart);
        if (valueEnd < 0)
            valueEnd = out.size();
        out.replace(valueStart, valueEnd - valueStart, Redacted);
        at = out.indexOf(Marker, valueStart + qsizetype(sizeof(Redacted) - 1));
    }
    return out;
}

} // namespace PartSweep::SigV4
