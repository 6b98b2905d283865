// libFuzzer target: key encoding round trips, where a wrong byte means a request to another
// object (or an upload aborted by mistake):
//  - the signed (and sent) path of a key decodes back to the key, and QUrl sends it unchanged
//    (addressRequest asserts that in this build);
//  - a key as AWS lists it with encoding-type=url (form encoding, '/' kept) reads back as the key.
#include "s3/addressing.h"
#include "s3/s3xml.h"
#include "s3/sigv4.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace PartSweep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString key = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (key.isEmpty())
        return 0;

    const QByteArray path = SigV4::canonicalPath(QStringLiteral("/bkt/") + key);
    if (QByteArray::fromPercentEncoding(path) != ("/bkt/" + key.toUtf8()))
        std::abort(); // the signed path is not the key
    (void)addressRequest(QUrl(QStringLiteral("http://127.0.0.1:7480")), AddressingStyle::Path,
                         QStringLiteral("us-east-1"), QStringLiteral("bkt"), &key, {{QStringLiteral("uploadId"), key}});

    QByteArray encoded = QUrl::toPercentEncoding(key, "/");
    encoded.replace("%20", "+"); // AWS writes a space as '+'
    const QByteArray page = "<ListMultipartUploadsResult><Bucket>bkt</Bucket><EncodingType>url</EncodingType>"
                            "<IsTruncated>false</IsTruncated><Upload><Key>" +
                            encoded +
                            "</Key><UploadId>u</UploadId><Initiated>2024-01-01T00:00:00.000Z</Initiated>"
                            "</Upload></ListMultipartUploadsResult>";
    const Result<ListUploadsPage> listed = S3Xml::parseListMultipartUploads(page, S3Xml::KeyEncoding::Url);
    if (!listed || listed->uploads.size() != 1 || listed->uploads.first().key != key)
        std::abort(); // a listed key read back as another key
    return 0;
}
