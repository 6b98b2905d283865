#pragma once

#include "s3/s3xml.h"
#include "util/s3error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
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
            fail(QCoreApplication::translate("S3", "the body is empty"));
            return false;
        }
        if (!m_xml.readNextStartElement())
            return false; // not XML: failure() reports the reader's error
        if (m_xml.name() == m_document)
            return true;
        if (m_xml.name() == u"Error") {
            // An error document where a result was expected (S3 can answer 200 with one).
            const auto error = parseError(m_body);
            //: In place of the S3 error code, when the error document cannot be read.
            const QString code = error ? error->code : QCoreApplication::translate("S3", "unreadable");
            if (error && !error->message.isEmpty())
                //: %1: the S3 error code, %2: the server's message.
                fail(QCoreApplication::translate("S3", "the server sent an error document instead (%1: %2)")
                         .arg(code, error->message));
            else
                //: %1: the S3 error code.
                fail(QCoreApplication::translate("S3", "the server sent an error document instead (%1)").arg(code));
        } else if (m_xml.name().compare(u"html", Qt::CaseInsensitive) == 0) {
            //: %1: the start of the body, quoted.
            fail(QCoreApplication::translate(
                     "S3", "the body is an HTML page, not an S3 answer (a proxy or a web server answered?): %1")
                     .arg(quoted(bodySnippet(m_body))));
        } else {
            fail(QCoreApplication::translate("S3", "the root element is <%1>, expected <%2>")
                     .arg(m_xml.name(), m_document));
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
            return badValue(QCoreApplication::translate("S3", "<%1> is not true or false: %2"), value);
        return true;
    }

    bool integer(int *out)
    {
        qint64 number = 0;
        if (!integer64(&number))
            return false;
        if (number > std::numeric_limits<int>::max())
            return badValue(QCoreApplication::translate("S3", "<%1> is not a number: %2"), QString::number(number));
        *out = int(number);
        return true;
    }

    bool integer64(qint64 *out)
    {
        const QString value = text();
        bool ok = false;
        const qint64 number = QStringView(value).trimmed().toLongLong(&ok);
        if (!ok || number < 0)
            return badValue(QCoreApplication::translate("S3", "<%1> is not a number: %2"), value);
        *out = number;
        return true;
    }

    bool timestamp(QDateTime *out)
    {
        const QString value = text();
        *out = parseTimestamp(value);
        if (!out->isValid())
            return badValue(QCoreApplication::translate("S3", "<%1> is not a date: %2"), value);
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
        const QString where =
            QCoreApplication::translate("S3", "line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            //: %1: "line 3, column 7", %2: a number.
            return xmlError(
                m_document % u": "_s %
                QCoreApplication::translate("S3", "the body ends before the document does (truncated at %1, %2 bytes)")
                    .arg(where, QString::number(m_body.size())));
        QString reason = m_xml.errorString();
        while (reason.endsWith(u'.'))
            reason.chop(1);
        //: %1: "line 3, column 7", %2: the XML parser's reason, %3: the start of the body, quoted.
        return xmlError(m_document % u": "_s %
                        QCoreApplication::translate("S3", "not well-formed XML at %1: %2; the body starts with %3")
                            .arg(where, reason, quoted(bodySnippet(m_body))));
    }

private:
    // sentence: "<%1> is not ...: %2", %1 the element's name, %2 the value quoted.
    bool badValue(const QString &sentence, const QString &value)
    {
        fail(sentence.arg(name().toString(), quoted(value)));
        return false;
    }

    QByteArrayView m_body;
    QByteArray m_bytes;
    QXmlStreamReader m_xml;
    QString m_document;
    QString m_failure;
};

} // namespace PartSweep::S3Xml::Internal
