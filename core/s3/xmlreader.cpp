#include "s3/xmlreader.h"

#include <algorithm>

namespace PartSweep::S3Xml::Internal {

QString bodySnippet(QByteArrayView xml)
{
    constexpr qsizetype maxChars = 80;
    QString text = QString::fromUtf8(xml.first(std::min<qsizetype>(xml.size(), maxChars * 4))).simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + u"..."_s;
    return text;
}

QString quoted(QStringView text)
{
    constexpr qsizetype maxChars = 120;
    if (text.size() > maxChars)
        return u'\'' + text.left(maxChars).toString() + u"...'"_s;
    return u'\'' + text.toString() + u'\'';
}

S3Error xmlError(const QString &message)
{
    S3Error error;
    error.kind = S3Error::Kind::Xml;
    error.message = message;
    return error;
}

} // namespace PartSweep::S3Xml::Internal
