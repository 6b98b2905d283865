#include "lifecycle/abortruleplan.h"

#include <QCoreApplication>
#include <QSet>

namespace PartSweep {

namespace {

XmlElement leaf(const QString &name, const QString &text)
{
    XmlElement e;
    e.name = name;
    e.text = text;
    return e;
}

XmlElement parent(const QString &name, QList<XmlElement> children)
{
    XmlElement e;
    e.name = name;
    e.children = std::move(children);
    return e;
}

} // namespace

AbortRulePlan AbortRulePlan::make(const LifecycleConfig &current, int days)
{
    AbortRulePlan plan;
    plan.days = days;
    plan.kept = int(current.rules.size());
    if (days < 1) {
        plan.reason = QCoreApplication::translate("Lifecycle", "the days must be 1 or more");
        return plan;
    }
    if (const LifecycleRule *covering = current.wholeBucketAbortRule(); covering && *covering->abortDays <= days) {
        plan.outcome = Outcome::Covered;
        plan.days = *covering->abortDays;
        plan.ruleId = covering->id;
        return plan;
    }
    if (current.rules.size() >= MaxLifecycleRules) {
        plan.reason =
            QCoreApplication::translate("Lifecycle", "the configuration holds %1 rules already, the most S3 allows")
                .arg(current.rules.size());
        return plan;
    }
    QSet<QString> ids;
    bool legacy = false;
    for (const LifecycleRule &r : current.rules) {
        ids.insert(r.id);
        legacy = legacy || r.legacyPrefix;
    }
    const QString base = QStringLiteral("partsweep-abort-incomplete-uploads");
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);

    LifecycleRule rule;
    rule.id = id;
    rule.enabled = true;
    rule.abortDays = days;
    rule.legacyPrefix = legacy;
    rule.actions = {QStringLiteral("AbortIncompleteMultipartUpload")};
    // A configuration whose rules use the rule-level Prefix gets one more of the same form: AWS
    // refuses a configuration that mixes the two.
    const XmlElement scope = legacy ? leaf(QStringLiteral("Prefix"), QString())
                                    : parent(QStringLiteral("Filter"), {leaf(QStringLiteral("Prefix"), QString())});
    rule.element =
        parent(QStringLiteral("Rule"),
               {leaf(QStringLiteral("ID"), id), scope, leaf(QStringLiteral("Status"), QStringLiteral("Enabled")),
                parent(QStringLiteral("AbortIncompleteMultipartUpload"),
                       {leaf(QStringLiteral("DaysAfterInitiation"), QString::number(days))})});
    plan.outcome = Outcome::Add;
    plan.ruleId = id;
    plan.intended = current;
    plan.intended.exists = true;
    plan.intended.rules.append(std::move(rule));
    return plan;
}

QString AbortRulePlan::text() const
{
    switch (outcome) {
    case Outcome::Add:
        return QCoreApplication::translate("Lifecycle",
                                           "adds 'abort after %1 d', keeps %2 rule(s) as they are (new rule %3)")
            .arg(days)
            .arg(kept)
            .arg(ruleId);
    case Outcome::Covered:
        if (ruleId.isEmpty())
            return QCoreApplication::translate("Lifecycle", "already covered (%1 d, rule without ID)").arg(days);
        return QCoreApplication::translate("Lifecycle", "already covered (%1 d, rule %2)").arg(days).arg(ruleId);
    case Outcome::Refused:
        break;
    }
    return QCoreApplication::translate("Lifecycle", "refused: %1").arg(reason);
}

} // namespace PartSweep
