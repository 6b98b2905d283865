#include "lifecycle/lifecycleconfig.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace PartSweep {

namespace {

const QString S3Namespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");
constexpr int MaxDepth = 16;

S3Error unreadable(const QString &why)
{
    S3Error error;
    error.kind = S3Error::Kind::Xml;
    error.message = QCoreApplication::translate("Lifecycle", "The lifecycle configuration cannot be read completely "
                                                             "(%1), so PartSweep will not rewrite it")
                        .arg(why);
    return error;
}

// Reads the element the reader stands on, to its end. An error in words, or nothing.
std::optional<QString> readElement(QXmlStreamReader &reader, XmlElement &out, int depth)
{
    out.name = reader.name().toString();
    if (depth > MaxDepth)
        return QCoreApplication::translate("Lifecycle", "elements nested deeper than %1").arg(MaxDepth);
    if (!reader.attributes().isEmpty())
        return QCoreApplication::translate("Lifecycle", "attributes on <%1>").arg(out.name);
    if (!reader.namespaceUri().isEmpty() && reader.namespaceUri() != S3Namespace)
        return QCoreApplication::translate("Lifecycle", "<%1> in another namespace (%2)")
            .arg(out.name, reader.namespaceUri().toString());
    QString text;
    bool hasText = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlElement child;
            if (std::optional<QString> error = readElement(reader, child, depth + 1))
                return error;
            out.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            text += reader.text();
            hasText = hasText || !reader.isWhitespace();
            break;
        case QXmlStreamReader::EndElement:
            if (hasText && !out.children.isEmpty())
                return QCoreApplication::translate("Lifecycle", "text and elements mixed in <%1>").arg(out.name);
            if (out.children.isEmpty())
                out.text = text; // a leaf keeps its text exactly, spaces included (a prefix " " is a prefix)
            return std::nullopt;
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::Invalid:
            return reader.errorString();
        default:
            return QCoreApplication::translate("Lifecycle", "an XML construct S3 does not use (%1)")
                .arg(reader.tokenString());
        }
    }
    return reader.hasError() ? reader.errorString()
                             : QCoreApplication::translate("Lifecycle", "the document ends early");
}

std::optional<qint64> number(const XmlElement &e, QString *error)
{
    bool ok = false;
    const qint64 value = e.text.trimmed().toLongLong(&ok);
    if (!ok || value < 0) {
        *error = QCoreApplication::translate("Lifecycle", "<%1> is not a number: '%2'").arg(e.name, e.text.left(40));
        return std::nullopt;
    }
    return value;
}

// The conditions of a <Filter> (or of its <And>) into the rule.
std::optional<QString> readFilter(const XmlElement &filter, LifecycleRule &rule, bool insideAnd)
{
    for (const XmlElement &c : filter.children) {
        QString error;
        if (c.name == u"Prefix") {
            rule.prefix = c.text;
        } else if (c.name == u"Tag") {
            const XmlElement *key = c.child(u"Key");
            const XmlElement *value = c.child(u"Value");
            if (!key || c.children.size() != (value ? 2 : 1))
                return QCoreApplication::translate("Lifecycle", "a <Tag> without a <Key>, or with other elements");
            rule.tags << key->text + u'=' + (value ? value->text : QString());
        } else if (c.name == u"ObjectSizeGreaterThan") {
            rule.sizeGreaterThan = number(c, &error);
        } else if (c.name == u"ObjectSizeLessThan") {
            rule.sizeLessThan = number(c, &error);
        } else if (c.name == u"And" && !insideAnd) {
            if (std::optional<QString> inner = readFilter(c, rule, true))
                return inner;
        } else {
            return QCoreApplication::translate("Lifecycle", "a filter condition PartSweep does not know (<%1>)")
                .arg(c.name);
        }
        if (!error.isEmpty())
            return error;
    }
    rule.tags.sort();
    return std::nullopt;
}

std::optional<QString> readRule(LifecycleRule &rule)
{
    bool hasStatus = false;
    bool hasFilter = false;
    for (const XmlElement &c : rule.element.children) {
        if (c.name == u"ID") {
            rule.id = c.text;
        } else if (c.name == u"Status") {
            if (c.text != u"Enabled" && c.text != u"Disabled")
                return QCoreApplication::translate("Lifecycle", "a rule whose <Status> is '%1'").arg(c.text.left(40));
            rule.enabled = c.text == u"Enabled";
            hasStatus = true;
        } else if (c.name == u"Prefix") {
            rule.legacyPrefix = true;
            rule.prefix = c.text;
        } else if (c.name == u"Filter") {
            hasFilter = true;
            if (std::optional<QString> error = readFilter(c, rule, false))
                return error;
        } else {
            if (c.name == u"AbortIncompleteMultipartUpload") {
                const XmlElement *days = c.child(u"DaysAfterInitiation");
                QString error;
                const std::optional<qint64> n = days ? number(*days, &error) : std::nullopt;
                if (!n || *n < 1 || *n > 100000 || c.children.size() != 1)
                    return error.isEmpty()
                               ? QCoreApplication::translate("Lifecycle", "an <AbortIncompleteMultipartUpload> without "
                                                                          "a valid <DaysAfterInitiation>")
                               : error;
                rule.abortDays = int(*n);
            }
            rule.actions << c.name;
        }
    }
    if (!hasStatus)
        return QCoreApplication::translate("Lifecycle", "a rule without <Status>");
    if (hasFilter && rule.legacyPrefix)
        return QCoreApplication::translate("Lifecycle", "a rule with both <Filter> and a rule-level <Prefix>");
    return std::nullopt;
}

// The conditions of a filter, those inside its <And> included, in the order AWS's schema lists
// them (Prefix, Tag..., ObjectSizeGreaterThan, ObjectSizeLessThan).
QList<XmlElement> conditionsOf(const XmlElement &filter)
{
    QList<XmlElement> all;
    for (const XmlElement &c : filter.children) {
        if (c.name == u"And")
            all += c.children;
        else
            all += c;
    }
    auto rank = [](const XmlElement &e) {
        return e.name == u"Prefix" ? 0 : e.name == u"Tag" ? 1 : e.name == u"ObjectSizeGreaterThan" ? 2 : 3;
    };
    std::stable_sort(all.begin(), all.end(),
                     [&rank](const XmlElement &a, const XmlElement &b) { return rank(a) < rank(b); });
    return all;
}

void writeElement(QXmlStreamWriter &w, const XmlElement &e)
{
    if (e.children.isEmpty()) {
        w.writeTextElement(e.name, e.text);
        return;
    }
    w.writeStartElement(e.name);
    if (e.name == u"Filter") {
        // Several conditions go inside one <And>, a single one without it: Ceph RGW hands back
        // Filter{Prefix, And{Tag, Tag}} and Filter{Prefix, Tag}, and would drop the Prefix of the
        // first if it were written back so.
        const QList<XmlElement> conditions = conditionsOf(e);
        if (conditions.size() > 1)
            w.writeStartElement(QStringLiteral("And"));
        for (const XmlElement &c : conditions)
            writeElement(w, c);
        if (conditions.size() > 1)
            w.writeEndElement();
    } else {
        for (const XmlElement &c : e.children)
            writeElement(w, c);
    }
    w.writeEndElement();
}

} // namespace

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QString XmlElement::canonical() const
{
    if (children.isEmpty())
        return QStringLiteral("%1(%2:%3)").arg(name).arg(text.size()).arg(text);
    QStringList parts;
    for (const XmlElement &c : children)
        parts << c.canonical();
    parts.sort();
    return QStringLiteral("%1{%2}").arg(name, parts.join(u','));
}

QString LifecycleRule::meaning() const
{
    QStringList actionParts;
    for (const XmlElement &c : element.children) {
        if (c.name != u"ID" && c.name != u"Status" && c.name != u"Filter" && c.name != u"Prefix")
            actionParts << c.canonical();
    }
    actionParts.sort();
    return QStringLiteral("id(%1:%2) status(%3) prefix(%4:%5) tags(%6) size(%7,%8) %9")
        .arg(id.size())
        .arg(id)
        .arg(enabled ? u"on" : u"off")
        .arg(prefix.size())
        .arg(prefix)
        .arg(tags.join(u'\n'))
        .arg(sizeGreaterThan ? QString::number(*sizeGreaterThan) : QString())
        .arg(sizeLessThan ? QString::number(*sizeLessThan) : QString())
        .arg(actionParts.join(u','));
}

QString LifecycleRule::abortText() const
{
    if (!abortDays)
        return {};
    QStringList scope;
    if (!prefix.isEmpty())
        scope << QCoreApplication::translate("Lifecycle", "prefix %1").arg(prefix);
    if (!tags.isEmpty())
        scope << QCoreApplication::translate("Lifecycle", "tags %1").arg(tags.join(u", "));
    if (sizeGreaterThan || sizeLessThan)
        scope << QCoreApplication::translate("Lifecycle", "size filter");
    if (!enabled)
        scope << QCoreApplication::translate("Lifecycle", "disabled");
    if (scope.isEmpty())
        return QCoreApplication::translate("Lifecycle", "%1 d").arg(*abortDays);
    return QCoreApplication::translate("Lifecycle", "%1 d (%2)").arg(QString::number(*abortDays), scope.join(u"; "));
}

Result<LifecycleConfig> LifecycleConfig::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlElement root;
    bool haveRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (haveRoot)
                return unreadable(QCoreApplication::translate("Lifecycle", "a second root element"));
            if (std::optional<QString> error = readElement(reader, root, 0))
                return unreadable(*error);
            haveRoot = true;
        } else if (token == QXmlStreamReader::Invalid) {
            return unreadable(reader.errorString());
        } else if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference ||
                   token == QXmlStreamReader::ProcessingInstruction) {
            return unreadable(QCoreApplication::translate("Lifecycle", "an XML construct S3 does not use (%1)")
                                  .arg(reader.tokenString()));
        }
    }
    if (!haveRoot || root.name != u"LifecycleConfiguration")
        return unreadable(haveRoot ? QCoreApplication::translate("Lifecycle", "the root element is <%1>").arg(root.name)
                                   : QCoreApplication::translate("Lifecycle", "an empty document"));
    LifecycleConfig config;
    config.exists = true;
    for (const XmlElement &e : std::as_const(root.children)) {
        if (e.name != u"Rule")
            return unreadable(QCoreApplication::translate("Lifecycle", "<%1> outside a rule").arg(e.name));
        LifecycleRule rule;
        rule.element = e;
        if (std::optional<QString> error = readRule(rule))
            return unreadable(*error);
        config.rules.append(std::move(rule));
    }
    if (config.rules.size() > MaxLifecycleRules)
        return unreadable(QCoreApplication::translate("Lifecycle", "more than %1 rules").arg(MaxLifecycleRules));
    return config;
}

QByteArray LifecycleConfig::toXml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("LifecycleConfiguration"));
    w.writeDefaultNamespace(S3Namespace);
    for (const LifecycleRule &rule : rules)
        writeElement(w, rule.element);
    w.writeEndElement();
    return out;
}

bool LifecycleConfig::sameMeaning(const LifecycleConfig &other) const
{
    if (exists != other.exists || rules.size() != other.rules.size())
        return false;
    QStringList mine;
    QStringList theirs;
    for (const LifecycleRule &r : rules)
        mine << r.meaning();
    for (const LifecycleRule &r : other.rules)
        theirs << r.meaning();
    mine.sort();
    theirs.sort();
    return mine == theirs;
}

QString LifecycleConfig::abortSummary() const
{
    QStringList parts;
    if (const LifecycleRule *whole = wholeBucketAbortRule())
        parts << whole->abortText();
    for (const LifecycleRule &r : rules) {
        if (r.abortDays && &r != wholeBucketAbortRule())
            parts << r.abortText();
    }
    return parts.isEmpty() ? QCoreApplication::translate("Lifecycle", "none") : parts.join(QStringLiteral(", "));
}

namespace {

QString flatten(const XmlElement &e)
{
    if (e.children.isEmpty())
        return QStringLiteral("%1 %2").arg(e.name, e.text);
    QStringList parts;
    for (const XmlElement &c : e.children)
        parts << flatten(c);
    return QStringLiteral("%1(%2)").arg(e.name, parts.join(QStringLiteral(", ")));
}

} // namespace

QString LifecycleConfig::describe() const
{
    if (!exists)
        return QCoreApplication::translate("Lifecycle", "No lifecycle configuration");
    QStringList lines;
    for (const LifecycleRule &r : rules) {
        QStringList scope;
        scope << (r.prefix.isEmpty() ? QCoreApplication::translate("Lifecycle", "whole bucket")
                                     : QCoreApplication::translate("Lifecycle", "prefix %1").arg(r.prefix));
        if (!r.tags.isEmpty())
            scope << QCoreApplication::translate("Lifecycle", "tags %1").arg(r.tags.join(QStringLiteral(", ")));
        if (r.sizeGreaterThan)
            scope << QCoreApplication::translate("Lifecycle", "size > %1").arg(*r.sizeGreaterThan);
        if (r.sizeLessThan)
            scope << QCoreApplication::translate("Lifecycle", "size < %1").arg(*r.sizeLessThan);
        scope << (r.enabled ? QCoreApplication::translate("Lifecycle", "enabled")
                            : QCoreApplication::translate("Lifecycle", "disabled"));
        QStringList actions;
        for (const XmlElement &c : r.element.children) {
            if (r.actions.contains(c.name))
                actions << flatten(c);
        }
        lines << QStringLiteral("%1 (%2): %3")
                     .arg(r.id.isEmpty() ? QCoreApplication::translate("Lifecycle", "(no ID)") : r.id,
                          scope.join(QStringLiteral("; ")), actions.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

const LifecycleRule *LifecycleConfig::wholeBucketAbortRule() const
{
    const LifecycleRule *best = nullptr;
    for (const LifecycleRule &r : rules) {
        if (r.enabled && r.abortDays && r.wholeBucket() && (!best || *r.abortDays < *best->abortDays))
            best = &r;
    }
    return best;
}

} // namespace PartSweep
