#pragma once

#include "s3/s3xml.h"
#include "util/s3error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QXmlStreamReader>

// What the S3 XML parsers (s3xml.cpp and those to come) share: a reader for documents of S3's
// shape, and the words of their errors. Internal to s3/.
namespace PartSweep::S3Xml::Internal {

using namespace Qt::StringLiterals;

// The start of a body, fit to quote in a message: enough to recognise an HTML page or a proxy's
// plain-text answer, on one line.
QString bodySnippet(QByteArrayView xml);
// Quote a field's text in a message, shortened so a huge bogus value does not flood the log.
QString quoted(QStringView text);
S3Error xmlError(const QString &message);

// A thin layer over QXmlStreamReader for documents of the shape S3 uses: a root element whose
// children are text leaves or small records. Field problems are reported with fail(), which also
// stops the reader, so one check at the end (failure()) covers both malformed XML and bad values.
class Reader
{
public:
    Reader(QByteArrayView xml, QString document)
        : m_body(xml)
        , m_bytes(QByteArray::fromRawData(xml.data(), xml.size())) // no copy: xml outlives the reader
        , m_xml(m_bytes)
        , m_document(std::move(document))
    {}

    // Moves to the root element and checks its name.
    bool openRoot()
    {
        if (m_body.trimmed().isEmpty()) {
            fail(u"the body is empty"_s);
            return false;
        }
        if (!m_xml.readNextStartElement())
            return false; // not XML: failure() reports the reader's error
        if (m_xml.name() == m_document)
            return true;
        if (m_xml.name() == u"Error") {
            // An error document where a result was expected (S3 can answer 200 with one).
            const auto error = parseError(m_body);
            fail(u"the server sent an error document instead (%1%2)"_s.arg(
                error ? error->code : u"unreadable"_s,
                error && !error->message.isEmpty() ? u": "_s + error->message : QString()));
        } else if (m_xml.name().compare(u"html", Qt::CaseInsensitive) == 0) {
            fail(u"the body is an HTML page, not an S3 answer (a proxy or a web server answered?): "_s %
                 quoted(bodySnippet(m_body)));
        } else {
            fail(u"the root element is <%1>, expected <%2>"_s.arg(m_xml.name(), m_document));
        }
        return false;
    }

    // Next child element of the current element; false at its end (or on an error).
    bool nextChild() { return m_xml.readNextStartElement(); }
    QStringView name() const { return m_xml.name(); }
    void skip() { m_xml.skipCurrentElement(); }

    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements); }

    bool boolean(bool *out)
    {
        const QString value = text();
        const QStringView trimmed = QStringView(value).trimmed();
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0)
            *out = true;
        else if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
            *out = false;
        else
            return badValue(u"is not true or false", value);
        return true;
    }

    bool integer(int *out)
    {
        qint64 number = 0;
        if (!integer64(&number))
            return false;
        if (number > std::numeric_limits<int>::max())
            return badValue(u"is not a number", QString::number(number));
        *out = int(number);
        return true;
    }

    bool integer64(qint64 *out)
    {
        const QString value = text();
        bool ok = false;
        const qint64 number = QStringView(value).trimmed().toLongLong(&ok);
        if (!ok || number < 0)
            return badValue(u"is not a number", value);
        *out = number;
        return true;
    }

    bool timestamp(QDateTime *out)
    {
        const QString value = text();
        *out = parseTimestamp(value);
        if (!out->isValid())
            return badValue(u"is not a date", value);
        return true;
    }

    Owner owner()
    {
        Owner owner;
        while (nextChild()) {
            if (name() == u"ID")
                owner.id = text();
            else if (name() == u"DisplayName")
                owner.displayName = text();
            else
                skip();
        }
        return owner;
    }

    // Reads to the end of the document, so that a body cut after the last element we needed is
    // still seen as truncated.
    void finish()
    {
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
    }

    void fail(const QString &message)
    {
        if (m_failure.isEmpty())
            m_failure = message;
        m_xml.raiseError(message);
    }

    // The error of the whole parse, or nullopt when the document was read to its end cleanly.
    std::optional<S3Error> failure() const
    {
        if (!m_failure.isEmpty())
            return xmlError(m_document % u": "_s % m_failure);
        if (!m_xml.hasError())
            return std::nullopt;
        const QString where = u"line %1, column %2"_s.arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return xmlError(m_document % u": the body ends before the document does (truncated at "_s % where %
                            u", "_s % QString::number(m_body.size()) % u" bytes)"_s);
        QString reason = m_xml.errorString();
        while (reason.endsWith(u'.'))
            reason.chop(1);
        return xmlError(m_document % u": not well-formed XML at "_s % where % u": "_s % reason %
                        u"; the body starts with "_s % quoted(bodySnippet(m_body)));
    }

private:
    bool badValue(QStringView what, const QString &value)
    {
        fail(u'<' + name().toString() + u"> "_s + what.toString() + u": "_s + quoted(value));
        return false;
    }

    QByteArrayView m_body;
    QByteArray m_bytes;
    QXmlStreamReader m_xml;
    QString m_document;
    QString m_failure;
};

} // namespace PartSweep::S3Xml::Internal
