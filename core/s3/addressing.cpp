#include "s3/addressing.h"

#include "s3/sigv4.h"

namespace PartSweep {

namespace {

bool isDnsCompatibleBucket(const QString &bucket)
{
    if (bucket.size() < 3 || bucket.size() > 63)
        return false;
    for (const QChar c : bucket) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'-' || c == u'.'))
            return false;
    }
    return !bucket.startsWith(u'-') && !bucket.endsWith(u'-') && !bucket.contains(QStringLiteral(".."));
}

} // namespace

bool isUsableRegion(const QString &region, bool inHostName)
{
    if (region.isEmpty() || region.size() > 63)
        return false;
    for (const QChar c : region) {
        const bool lowerOrDigit = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        const bool signingOnly = (c >= u'A' && c <= u'Z') || c == u'_' || c == u'.';
        if (!lowerOrDigit && (inHostName || !signingOnly))
            return false;
    }
    return !inHostName || (!region.startsWith(u'-') && !region.endsWith(u'-'));
}

std::optional<AddressingStyle> addressingStyleFromName(QStringView name)
{
    if (name == u"path")
        return AddressingStyle::Path;
    if (name == u"virtual")
        return AddressingStyle::Virtual;
    if (name == u"auto")
        return AddressingStyle::Auto;
    return std::nullopt;
}

QString addressingStyleName(AddressingStyle style)
{
    switch (style) {
    case AddressingStyle::Path:
        return QStringLiteral("path");
    case AddressingStyle::Virtual:
        return QStringLiteral("virtual");
    case AddressingStyle::Auto:
        break;
    }
    return QStringLiteral("auto");
}

AwsPartition awsPartition(const QString &region)
{
    // Longest prefixes first: us-isob- and us-isof- before us-iso-.
    struct Known
    {
        const char16_t *prefix;
        AwsPartition partition;
    };
    static const Known known[] = {
        {u"cn-", {QStringLiteral("aws-cn"), QStringLiteral("amazonaws.com.cn"), false, true}},
        {u"us-gov-", {QStringLiteral("aws-us-gov"), QStringLiteral("amazonaws.com"), true, true}},
        {u"us-isob-", {QStringLiteral("aws-iso-b"), QStringLiteral("sc2s.sgov.gov"), true, false}},
        {u"us-isof-", {QStringLiteral("aws-iso-f"), QStringLiteral("csp.hci.ic.gov"), true, false}},
        {u"us-iso-", {QStringLiteral("aws-iso"), QStringLiteral("c2s.ic.gov"), true, false}},
        {u"eu-isoe-", {QStringLiteral("aws-iso-e"), QStringLiteral("cloud.adc-e.uk"), true, false}},
    };
    for (const Known &k : known) {
        if (region.startsWith(QStringView(k.prefix)))
            return k.partition;
    }
    return {QStringLiteral("aws"), QStringLiteral("amazonaws.com"), true, true};
}

QString awsS3Host(const QString &region, AwsEndpointVariant variant)
{
    QString host = variant.fips ? QStringLiteral("s3-fips") : QStringLiteral("s3");
    if (variant.dualStack)
        host += QStringLiteral(".dualstack");
    return host + u'.' + region + u'.' + awsPartition(region).dnsSuffix;
}

RequestAddress addressRequest(const QUrl &endpoint, AddressingStyle style, const QString &region, const QString &bucket,
                              const QString *key, const QList<std::pair<QString, QString>> &query,
                              AwsEndpointVariant variant)
{
    RequestAddress p;
    p.region = region;
    const bool aws = endpoint.isEmpty();
    QString scheme = QStringLiteral("https");
    QString host = aws ? awsS3Host(region, variant) : QString();
    int port = -1;
    QString basePath;
    if (!aws) {
        scheme = endpoint.scheme();
        host = endpoint.host(QUrl::EncodeUnicode); // an IDN in its ASCII (punycode) form
        if (host.contains(u':'))
            host = u'[' + host + u']'; // an IPv6 literal
        port = endpoint.port();
        basePath = endpoint.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
    }

    bool virtualHosted = false;
    if (!bucket.isEmpty()) {
        switch (style) {
        case AddressingStyle::Path:
            break;
        case AddressingStyle::Virtual:
            virtualHosted = true;
            break;
        case AddressingStyle::Auto:
            // Custom endpoints (Ceph, MinIO, an IP address) rarely have wildcard DNS: path style.
            // On AWS, virtual-hosted unless the name cannot be a TLS host name.
            virtualHosted = aws && isDnsCompatibleBucket(bucket) && !bucket.contains(u'.');
            break;
        }
    }

    QString rawPath = basePath;
    if (virtualHosted) {
        host = bucket + u'.' + host;
        rawPath += u'/';
        if (key)
            rawPath += *key;
    } else if (!bucket.isEmpty()) {
        rawPath += u'/' + bucket;
        if (key)
            rawPath += u'/' + *key;
    } else {
        rawPath += u'/';
    }

    p.canonicalPath = SigV4::canonicalPath(rawPath);
    p.canonicalQuery = SigV4::canonicalQuery(query);
    p.host = host.toUtf8();
    const bool defaultPort = port == -1 || (scheme == u"https" && port == 443) || (scheme == u"http" && port == 80);
    if (!defaultPort)
        p.host += ':' + QByteArray::number(port);

    QByteArray encoded = scheme.toLatin1() + "://" + p.host + p.canonicalPath;
    if (!p.canonicalQuery.isEmpty())
        encoded += '?' + p.canonicalQuery;
    p.url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    // What goes on the wire must be what was signed: QUrl must not re-encode the path.
    Q_ASSERT_X(p.url.path(QUrl::FullyEncoded).toUtf8() == p.canonicalPath, "addressRequest",
               "QUrl changed the signed path");
    return p;
}

} // namespace PartSweep
