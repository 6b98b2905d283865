#include "s3/s3xml.h"

#include "s3/xmlreader.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QStringDecoder>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace PartSweep::S3Xml {

using namespace Internal;

namespace {

// Undoes form url encoding as AWS writes it ('+' is a space, a '+' is "%2B"). nullopt on a broken
// escape ("%G1", a lone '%') or bytes that are not UTF-8.
std::optional<QString> urlDecoded(const QString &text)
{
    const bool hasPercent = text.contains(u'%');
    if (!hasPercent && !text.contains(u'+'))
        return text; // the common case: nothing to undo, no copy

    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '%') {
            if (i + 2 >= utf8.size())
                return std::nullopt;
            const int high = hexValue(utf8.at(i + 1));
            const int low = hexValue(utf8.at(i + 2));
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (c == '+') {
            bytes.append(' ');
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

bool decodeField(Reader &reader, QString *field, QStringView element)
{
    const auto decoded = urlDecoded(*field);
    if (!decoded) {
        reader.fail(QCoreApplication::translate("S3", "<%1> is not valid url encoding: %2")
                        .arg(element.toString(), quoted(*field)));
        return false;
    }
    *field = *decoded;
    return true;
}

// Characters a url encoder always escapes. A key holding one was sent raw.
// A field that reads the same whether or not an encoder was applied to it: only characters no
// URL encoder changes (RFC 3986 unreserved, and '/').
bool readsTheSameEncodedOrNot(const QString &field)
{
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        const bool unreserved = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                                u == u'-' || u == u'.' || u == u'_' || u == u'~' || u == u'/';
        if (!unreserved)
            return false;
    }
    return true;
}

} // namespace

Result<ListBucketsPage> parseListBuckets(QByteArrayView xml)
{
    Reader reader(xml, u"ListAllMyBucketsResult"_s);
    ListBucketsPage page;
    if (reader.openRoot()) {
        while (reader.nextChild()) {
            if (reader.name() == u"Buckets") {
                while (reader.nextChild()) {
                    if (reader.name() != u"Bucket") {
                        reader.skip();
                        continue;
                    }
                    BucketInfo bucket;
                    while (reader.nextChild()) {
                        if (reader.name() == u"Name")
                            bucket.name = reader.text();
                        else if (reader.name() == u"CreationDate")
                            reader.timestamp(&bucket.creationDate);
                        else if (reader.name() == u"BucketRegion")
                            bucket.region = reader.text();
                        else
                            reader.skip();
                    }
                    if (bucket.name.isEmpty())
                        reader.fail(QCoreApplication::translate("S3", "<Bucket> #%1 has no <Name>")
                                        .arg(page.buckets.size() + 1));
                    page.buckets.append(std::move(bucket));
                }
            } else if (reader.name() == u"Owner") {
                page.owner = reader.owner();
            } else if (reader.name() == u"ContinuationToken") {
                page.continuationToken = reader.text();
            } else {
                reader.skip();
            }
        }
        reader.finish();
    }
    if (auto error = reader.failure())
        return *error;
    return page;
}

Result<ListUploadsPage> parseListMultipartUploads(QByteArrayView xml, KeyEncoding requested)
{
    Reader reader(xml, u"ListMultipartUploadsResult"_s);
    ListUploadsPage page;
    QString encodingType;
    if (reader.openRoot()) {
        // Most documents hold a full page: reserve once instead of growing 10 times.
        page.uploads.reserve(qMin<qsizetype>(1000, xml.size() / 400 + 1));
        while (reader.nextChild()) {
            const QStringView name = reader.name();
            if (name == u"Upload") {
                UploadInfo upload;
                while (reader.nextChild()) {
                    const QStringView field = reader.name();
                    if (field == u"Key")
                        upload.key = reader.text();
                    else if (field == u"UploadId")
                        upload.uploadId = reader.text();
                    else if (field == u"Initiated")
                        reader.timestamp(&upload.initiated);
                    else if (field == u"StorageClass")
                        upload.storageClass = reader.text();
                    else if (field == u"Initiator")
                        upload.initiator = reader.owner();
                    else if (field == u"Owner")
                        upload.owner = reader.owner();
                    else if (field == u"ChecksumAlgorithm")
                        upload.checksumAlgorithm = reader.text();
                    else
                        reader.skip();
                }
                if (upload.key.isEmpty())
                    reader.fail(
                        QCoreApplication::translate("S3", "<Upload> #%1 has no <Key>").arg(page.uploads.size() + 1));
                else if (upload.uploadId.isEmpty())
                    reader.fail(QCoreApplication::translate("S3", "<Upload> #%1 (%2) has no <UploadId>")
                                    .arg(QString::number(page.uploads.size() + 1), upload.key));
                page.uploads.append(std::move(upload));
            } else if (name == u"Bucket") {
                page.bucket = reader.text();
            } else if (name == u"IsTruncated") {
                reader.boolean(&page.isTruncated);
            } else if (name == u"NextKeyMarker") {
                page.nextKeyMarker = reader.text();
            } else if (name == u"NextUploadIdMarker") {
                page.nextUploadIdMarker = reader.text();
            } else if (name == u"EncodingType") {
                encodingType = reader.text().trimmed();
            } else if (name == u"CommonPrefixes") {
                while (reader.nextChild()) {
                    if (reader.name() == u"Prefix")
                        page.commonPrefixes.append(reader.text());
                    else
                        reader.skip();
                }
            } else {
                reader.skip();
            }
        }
        reader.finish();
    }
    if (auto error = reader.failure())
        return *error;

    if (encodingType.compare(u"url", Qt::CaseInsensitive) == 0) {
        // AWS encodes every key-like field and says so. It writes a space as '+' and a '+' as
        // "%2B" (see botocore: its list decoders use unquote_plus), so '+' decodes to a space.
        for (UploadInfo &upload : page.uploads)
            decodeField(reader, &upload.key, u"Key");
        for (QString &prefix : page.commonPrefixes)
            decodeField(reader, &prefix, u"Prefix");
        decodeField(reader, &page.nextKeyMarker, u"NextKeyMarker");
        page.keyReading = ListUploadsPage::KeyReading::Decoded;
    } else if (!encodingType.isEmpty()) {
        reader.fail(QCoreApplication::translate("S3", "<EncodingType> is not 'url': %1").arg(quoted(encodingType)));
    } else if (requested == KeyEncoding::Url) {
        // Asked, but not told whether it applied: servers differ (Ceph RGW 16.2 percent-encodes
        // <Key> only; others ignore encoding-type). Never guess: fields that read the same either
        // way are exact; otherwise the page is ambiguous and the caller lists again without it.
        const auto same = [](const QString &field) { return readsTheSameEncodedOrNot(field); };
        const bool exact = std::all_of(page.uploads.cbegin(), page.uploads.cend(),
                                       [&same](const UploadInfo &upload) { return same(upload.key); }) &&
                           same(page.nextKeyMarker) &&
                           std::all_of(page.commonPrefixes.cbegin(), page.commonPrefixes.cend(), same);
        page.keyReading = exact ? ListUploadsPage::KeyReading::AsSent : ListUploadsPage::KeyReading::Ambiguous;
    }
    if (auto error = reader.failure())
        return *error;

    for (UploadInfo &upload : page.uploads)
        upload.bucket = page.bucket;
    return page;
}

Result<ListPartsPage> parseListParts(QByteArrayView xml)
{
    Reader reader(xml, u"ListPartsResult"_s);
    ListPartsPage page;
    if (reader.openRoot()) {
        while (reader.nextChild()) {
            const QStringView name = reader.name();
            if (name == u"Part") {
                PartInfo part;
                bool hasNumber = false;
                while (reader.nextChild()) {
                    const QStringView field = reader.name();
                    if (field == u"PartNumber")
                        hasNumber = reader.integer(&part.partNumber);
                    else if (field == u"Size")
                        reader.integer64(&part.size);
                    else if (field == u"ETag")
                        part.etag = reader.text();
                    else if (field == u"LastModified")
                        reader.timestamp(&part.lastModified);
                    else
                        reader.skip();
                }
                if (!hasNumber)
                    reader.fail(
                        QCoreApplication::translate("S3", "<Part> #%1 has no <PartNumber>").arg(page.parts.size() + 1));
                page.parts.append(std::move(part));
            } else if (name == u"IsTruncated") {
                reader.boolean(&page.isTruncated);
            } else if (name == u"NextPartNumberMarker") {
                reader.integer(&page.nextPartNumberMarker);
            } else if (name == u"StorageClass") {
                page.storageClass = reader.text();
            } else if (name == u"Initiator") {
                page.initiator = reader.owner();
            } else if (name == u"Owner") {
                page.owner = reader.owner();
            } else {
                reader.skip();
            }
        }
        reader.finish();
    }
    if (auto error = reader.failure())
        return *error;
    return page;
}

QString parseBucketLocation(QByteArrayView xml, bool *ok)
{
    Reader reader(xml, u"LocationConstraint"_s);
    QString constraint;
    if (reader.openRoot()) {
        constraint = reader.text().trimmed();
        reader.finish();
    }
    const bool parsed = !reader.failure().has_value();
    if (ok)
        *ok = parsed;
    return parsed ? constraint : QString();
}

QString regionFromLocationConstraint(const QString &constraint, const QString &fallback)
{
    const QString trimmed = constraint.trimmed();
    if (trimmed.isEmpty())
        return u"us-east-1"_s; // buckets in the first region have no constraint
    if (trimmed == u"EU")
        return u"eu-west-1"_s; // the legacy name of Ireland
    if (trimmed == u"default")
        return fallback; // Ceph's default zonegroup: a name, not a region
    return trimmed;
}

std::optional<ErrorBody> parseError(QByteArrayView xml)
{
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    if (!reader.readNextStartElement() || reader.name() != u"Error")
        return std::nullopt;
    ErrorBody body;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        QString *field = nullptr;
        if (name == u"Code")
            field = &body.code;
        else if (name == u"Message")
            field = &body.message;
        else if (name == u"RequestId")
            field = &body.requestId;
        else if (name == u"HostId")
            field = &body.hostId;
        else if (name == u"Resource")
            field = &body.resource;
        else if (name == u"BucketName" || name == u"Bucket")
            field = &body.bucket;
        else if (name == u"Region")
            field = &body.region;
        else if (name == u"Endpoint")
            field = &body.endpoint;
        else if (name == u"BucketRegion")
            field = &body.bucketRegion;
        if (field)
            *field = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        else
            reader.skipCurrentElement();
    }
    while (!reader.atEnd() && !reader.hasError())
        reader.readNext();
    if (reader.hasError())
        return std::nullopt;
    return body;
}

QDateTime parseTimestamp(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return {};
    if (!s.front().isDigit()) { // "Tue, 16 Feb 2010 20:34:56 GMT": Qt's RFC 2822 parser wants "+0000"
        QString rfc = s.toString();
        if (rfc.endsWith(u" GMT") || rfc.endsWith(u" UTC"))
            rfc = rfc.chopped(3) + u"+0000"_s;
        const QDateTime parsed = QDateTime::fromString(rfc, Qt::RFC2822Date);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }

    qsizetype pos = 0;
    // Reads exactly `count` ASCII digits.
    const auto digits = [&](qsizetype count, int *out) {
        if (pos + count > s.size())
            return false;
        int value = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const char16_t c = s[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        pos += count;
        *out = value;
        return true;
    };
    const auto expect = [&](char16_t c) {
        if (pos >= s.size() || s[pos] != c)
            return false;
        ++pos;
        return true;
    };

    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    if (!digits(4, &year) || !expect(u'-') || !digits(2, &month) || !expect(u'-') || !digits(2, &day))
        return {};
    if (pos >= s.size() || (s[pos] != u'T' && s[pos] != u't' && s[pos] != u' '))
        return {};
    ++pos;
    if (!digits(2, &hour) || !expect(u':') || !digits(2, &minute) || !expect(u':') || !digits(2, &second))
        return {};
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < s.size() && s[pos].unicode() >= u'0' && s[pos].unicode() <= u'9') {
            msec += (s[pos].unicode() - u'0') * scale; // digits past milliseconds are dropped
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return {};
    }
    int offsetSeconds = 0;
    if (pos < s.size()) {
        const char16_t sign = s[pos].unicode();
        if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
            ++pos;
        } else if (sign == u'+' || sign == u'-') {
            ++pos;
            int offsetHours = 0, offsetMinutes = 0;
            if (!digits(2, &offsetHours))
                return {};
            expect(u':');
            if (!digits(2, &offsetMinutes) || pos != s.size() || offsetHours > 23 || offsetMinutes > 59)
                return {};
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (sign == u'-' ? -1 : 1);
        } else {
            return {};
        }
    }
    // No zone at all: S3 timestamps are UTC by definition.
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace PartSweep::S3Xml
