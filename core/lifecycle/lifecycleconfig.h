#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PartSweep {

// One element of a lifecycle document, as read: a leaf with text, or an element with children.
// Unknown elements are kept like known ones, so a rule PartSweep does not change is written back
// with everything it held.
struct XmlElement
{
    QString name; // local name (the S3 namespace is the only one allowed)
    QString text; // leaves only
    QList<XmlElement> children;

    const XmlElement *child(QStringView childName) const;
    // Name and content with children sorted: equal for equal meaning, whatever the order.
    QString canonical() const;
};

// What PartSweep understands of one rule; the rule itself stays in `element`.
struct LifecycleRule
{
    XmlElement element;
    QString id;
    bool enabled = false;
    bool legacyPrefix = false; // the deprecated <Prefix> at rule level, not inside <Filter>
    QString prefix;
    QStringList tags; // "key=value", sorted
    std::optional<qint64> sizeGreaterThan;
    std::optional<qint64> sizeLessThan;
    std::optional<int> abortDays; // AbortIncompleteMultipartUpload/DaysAfterInitiation
    QStringList actions;          // element names other than ID, Status, Filter, Prefix

    // Applies to every object of the bucket (no prefix, tag or size condition).
    bool wholeBucket() const { return prefix.isEmpty() && tags.isEmpty() && !sizeGreaterThan && !sizeLessThan; }
    // The rule's meaning in one string: the filter normalised (servers rewrite filters: Ceph RGW
    // returns And{Prefix, Tag} as Filter{Prefix, Tag} and Filter{Prefix ""} as a rule-level
    // Prefix), then ID, status and the actions with their children sorted.
    QString meaning() const;
    // "7 d", "7 d (prefix logs/)": the abort it makes, for lists; empty when it makes none.
    QString abortText() const;
};

// A bucket's lifecycle configuration. `exists` is false when the bucket has none (404
// NoSuchLifecycleConfiguration); a configuration with no rule cannot exist on S3.
struct LifecycleConfig
{
    bool exists = false;
    QList<LifecycleRule> rules;

    // Parses a GetBucketLifecycleConfiguration body completely, or refuses it: malformed XML,
    // another root or namespace, attributes, mixed content, a rule without Status, a filter with
    // an element PartSweep does not know, numbers that are not numbers. What is not understood
    // completely is never written back.
    static Result<LifecycleConfig> parse(const QByteArray &xml);
    // The document to PUT: the rules in order, each as read, except that a filter with several
    // conditions is written inside <And> (the form AWS and RGW accept).
    QByteArray toXml() const;
    // Equal meaning rule by rule, in any order (servers sort rules by ID).
    bool sameMeaning(const LifecycleConfig &other) const;
    // The rules that abort incomplete uploads, as "7 d", "7 d (prefix logs/)"; "none" when none.
    QString abortSummary() const;
    // The whole configuration for people, one rule per line: "expire-logs (prefix logs/, enabled):
    // Expiration(Days 30)". "No lifecycle configuration" when none.
    QString describe() const;
    // The enabled whole-bucket abort rule with the fewest days, when there is one.
    const LifecycleRule *wholeBucketAbortRule() const;
};

// The most rules one configuration may hold (AWS).
constexpr int MaxLifecycleRules = 1000;

} // namespace PartSweep
