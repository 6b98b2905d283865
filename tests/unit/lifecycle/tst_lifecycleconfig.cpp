// Lifecycle configurations: read completely or refused, written back with every rule as it was,
// compared by meaning (servers rewrite filters), and PartSweep's abort rule added without
// touching the others. The documents are in the forms AWS documents and Ceph RGW 16.2 returns;
// the same paths run against the real server in integration/test_lifecycle_cli.sh.
#include "lifecycle/abortruleplan.h"
#include "lifecycle/lifecycleconfig.h"

#include <QtTest>

using namespace PartSweep;

namespace {

QByteArray doc(const QByteArray &rules)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LifecycleConfiguration "
           "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" +
           rules + "</LifecycleConfiguration>";
}

// Six rules as an admin writes them with awscli: expiration with a prefix filter, a tag filter,
// an And filter with a size, noncurrent-version expiration, a disabled rule with transitions, and
// an abort rule scoped to a prefix.
const QByteArray SixRules =
    doc("<Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
        "<Expiration><Days>30</Days></Expiration></Rule>"
        "<Rule><ID>tmp-tag</ID><Filter><Tag><Key>tmp</Key><Value>yes</Value></Tag></Filter><Status>Enabled</Status>"
        "<Expiration><Days>1</Days></Expiration></Rule>"
        "<Rule><ID>big-archive</ID><Filter><And><Prefix>archive/</Prefix><Tag><Key>class</Key><Value>cold</Value></Tag>"
        "<ObjectSizeGreaterThan>1048576</ObjectSizeGreaterThan></And></Filter><Status>Enabled</Status>"
        "<Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition></Rule>"
        "<Rule><ID>old-versions</ID><Filter></Filter><Status>Enabled</Status>"
        "<NoncurrentVersionExpiration><NoncurrentDays>60</NoncurrentDays></NoncurrentVersionExpiration></Rule>"
        "<Rule><ID>paused</ID><Filter><Prefix>media/</Prefix></Filter><Status>Disabled</Status>"
        "<Transition><Days>30</Days><StorageClass>STANDARD_IA</StorageClass></Transition>"
        "<Transition><Days>365</Days><StorageClass>DEEP_ARCHIVE</StorageClass></Transition></Rule>"
        "<Rule><ID>abort-uploads-only</ID><Filter><Prefix>uploads/</Prefix></Filter><Status>Enabled</Status>"
        "<AbortIncompleteMultipartUpload><DaysAfterInitiation>3</DaysAfterInitiation></AbortIncompleteMultipartUpload>"
        "</Rule>");

LifecycleConfig parsed(const QByteArray &xml)
{
    const Result<LifecycleConfig> config = LifecycleConfig::parse(xml);
    if (!config)
        qWarning("%s", qUtf8Printable(config.errorString()));
    return config ? *config : LifecycleConfig{};
}

} // namespace

class TestLifecycleConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleIsUnderstood()
    {
        const LifecycleConfig c = parsed(SixRules);
        QCOMPARE(c.rules.size(), 6);
        QCOMPARE(c.rules[0].prefix, QStringLiteral("logs/"));
        QCOMPARE(c.rules[1].tags, QStringList{QStringLiteral("tmp=yes")});
        QCOMPARE(c.rules[2].prefix, QStringLiteral("archive/"));
        QCOMPARE(c.rules[2].sizeGreaterThan, std::optional<qint64>(1048576));
        QVERIFY(c.rules[3].wholeBucket());
        QVERIFY(!c.rules[4].enabled);
        QCOMPARE(c.rules[5].abortDays, std::optional<int>(3));
        QCOMPARE(c.abortSummary(), QStringLiteral("3 d (prefix uploads/)"));
        const QStringList lines = c.describe().split(u'\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("expire-logs (prefix logs/; enabled): Expiration(Days 30)"));
        QCOMPARE(lines[4],
                 QStringLiteral("paused (prefix media/; disabled): Transition(Days 30, StorageClass STANDARD_IA), "
                                "Transition(Days 365, StorageClass DEEP_ARCHIVE)"));
        QVERIFY(!c.wholeBucketAbortRule());
    }

    // Written back, the document means the same, rule by rule, and keeps every element.
    void writtenBackUnchanged()
    {
        const LifecycleConfig c = parsed(SixRules);
        const QByteArray again = c.toXml();
        const LifecycleConfig back = parsed(again);
        QVERIFY(c.sameMeaning(back));
        QVERIFY(again.contains("<Days>365</Days><StorageClass>DEEP_ARCHIVE</StorageClass>"));
        QVERIFY(again.contains("<ObjectSizeGreaterThan>1048576</ObjectSizeGreaterThan>"));
    }

    // An element PartSweep does not know, inside a rule's action, is kept as it was.
    void unknownActionsAreKept()
    {
        const QByteArray xml = doc("<Rule><ID>future</ID><Filter><Prefix>x/</Prefix></Filter><Status>Enabled</Status>"
                                   "<SomeFutureAction><Knob>3</Knob><Mode>fast</Mode></SomeFutureAction></Rule>");
        const LifecycleConfig c = parsed(xml);
        QCOMPARE(c.rules.size(), 1);
        QVERIFY(c.toXml().contains("<SomeFutureAction><Knob>3</Knob><Mode>fast</Mode></SomeFutureAction>"));
    }

    // What Ceph RGW 16.2 hands back for what was written means the same.
    void serverRewritesHaveTheSameMeaning()
    {
        const LifecycleConfig written = parsed(
            doc("<Rule><ID>a</ID><Filter><And><Prefix>p/</Prefix><Tag><Key>k</Key><Value>v</Value></Tag></And></Filter>"
                "<Status>Enabled</Status><Expiration><Days>3</Days></Expiration></Rule>"
                "<Rule><ID>b</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status>"
                "<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>"
                "</AbortIncompleteMultipartUpload></Rule>"));
        const LifecycleConfig rgw =
            parsed(doc("<Rule><ID>b</ID><Prefix></Prefix><Status>Enabled</Status>"
                       "<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>"
                       "</AbortIncompleteMultipartUpload></Rule>"
                       "<Rule><ID>a</ID><Filter><Prefix>p/</Prefix><Tag><Key>k</Key><Value>v</Value></Tag></Filter>"
                       "<Status>Enabled</Status><Expiration><Days>3</Days></Expiration></Rule>"));
        QVERIFY(written.sameMeaning(rgw));
        // Several conditions are written back inside <And>, the form servers accept.
        QVERIFY(rgw.toXml().contains("<Filter><And><Prefix>p/</Prefix><Tag>"));
        // RGW 16.2 hands And{Prefix, Tag, Tag} back as Filter{Prefix, And{Tag, Tag}}, and drops the
        // Prefix when that form is written to it: written back, every condition is inside one <And>.
        const LifecycleConfig twoTags =
            parsed(doc("<Rule><ID>c</ID><Filter><Prefix>archive/</Prefix><And><Tag><Key>a</Key><Value>1</Value></Tag>"
                       "<Tag><Key>b</Key><Value>2</Value></Tag></And></Filter><Status>Enabled</Status>"
                       "<Expiration><Days>3</Days></Expiration></Rule>"));
        QCOMPARE(twoTags.rules[0].prefix, QStringLiteral("archive/"));
        QVERIFY2(twoTags.toXml().contains("<Filter><And><Prefix>archive/</Prefix><Tag><Key>a</Key>"),
                 twoTags.toXml().constData());
        QVERIFY(parsed(twoTags.toXml()).sameMeaning(twoTags));
        // And a real difference is one.
        LifecycleConfig changed = rgw;
        changed.rules[0].element.children[3].children[0].text = QStringLiteral("8");
        QVERIFY(!parsed(changed.toXml()).sameMeaning(written));
    }

    void incompleteUnderstandingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("why");
        QTest::newRow("malformed") << QByteArray("<LifecycleConfiguration><Rule>") << QStringLiteral("cannot be read");
        QTest::newRow("unknown filter condition")
            << doc("<Rule><ID>x</ID><Filter><Suffix>.log</Suffix></Filter><Status>Enabled</Status></Rule>")
            << QStringLiteral("<Suffix>");
        QTest::newRow("no status") << doc("<Rule><ID>x</ID><Filter></Filter></Rule>") << QStringLiteral("<Status>");
        QTest::newRow("attribute") << doc("<Rule><ID a=\"1\">x</ID><Status>Enabled</Status></Rule>")
                                   << QStringLiteral("attributes");
        QTest::newRow("mixed content") << doc("<Rule>text<ID>x</ID><Status>Enabled</Status></Rule>")
                                       << QStringLiteral("mixed");
        QTest::newRow("other namespace")
            << QByteArray("<LifecycleConfiguration xmlns=\"urn:other\"><Rule><ID>x</ID><Status>Enabled</Status>"
                          "</Rule></LifecycleConfiguration>")
            << QStringLiteral("namespace");
        QTest::newRow("bad days")
            << doc("<Rule><ID>x</ID><Filter></Filter><Status>Enabled</Status><AbortIncompleteMultipartUpload>"
                   "<DaysAfterInitiation>soon</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>")
            << QStringLiteral("not a number");
        QTest::newRow("another root") << QByteArray("<Error><Code>X</Code></Error>") << QStringLiteral("<Error>");
    }
    void incompleteUnderstandingIsRefused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, why);
        const Result<LifecycleConfig> c = LifecycleConfig::parse(xml);
        QVERIFY(!c.ok());
        QVERIFY2(c.errorString().contains(why), qPrintable(c.errorString()));
        QVERIFY2(c.errorString().contains(QStringLiteral("will not rewrite")), qPrintable(c.errorString()));
    }

    // No configuration: exactly one rule, PartSweep's.
    void addToNothing()
    {
        const AbortRulePlan plan = AbortRulePlan::make(LifecycleConfig{}, 7);
        QCOMPARE(plan.outcome, AbortRulePlan::Outcome::Add);
        QCOMPARE(plan.intended.rules.size(), 1);
        const LifecycleConfig written = parsed(plan.intended.toXml());
        QCOMPARE(written.rules.size(), 1);
        QCOMPARE(written.rules[0].id, QStringLiteral("partsweep-abort-incomplete-uploads"));
        QCOMPARE(written.rules[0].abortDays, std::optional<int>(7));
        QVERIFY(written.rules[0].wholeBucket());
        QVERIFY(written.rules[0].enabled);
        QVERIFY(!written.rules[0].legacyPrefix);
    }

    // Six rules: all kept exactly, one added.
    void addKeepsEveryRule()
    {
        const LifecycleConfig current = parsed(SixRules);
        const AbortRulePlan plan = AbortRulePlan::make(current, 7);
        QCOMPARE(plan.outcome, AbortRulePlan::Outcome::Add);
        QCOMPARE(plan.kept, 6);
        const LifecycleConfig written = parsed(plan.intended.toXml());
        QCOMPARE(written.rules.size(), 7);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(written.rules[i].meaning(), current.rules[i].meaning());
        QVERIFY(plan.text().contains(QStringLiteral("keeps 6 rule(s)")));
    }

    void coveredByAnExistingWholeBucketRule()
    {
        const LifecycleConfig current = parsed(
            doc("<Rule><ID>house-rule</ID><Filter></Filter><Status>Enabled</Status><AbortIncompleteMultipartUpload>"
                "<DaysAfterInitiation>5</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>"));
        const AbortRulePlan covered = AbortRulePlan::make(current, 7);
        QCOMPARE(covered.outcome, AbortRulePlan::Outcome::Covered);
        QCOMPARE(covered.text(), QStringLiteral("already covered (5 d, rule house-rule)"));
        // Asking for fewer days than the existing rule adds PartSweep's rule next to it.
        QCOMPARE(AbortRulePlan::make(current, 3).outcome, AbortRulePlan::Outcome::Add);
    }

    // A disabled or scoped abort rule does not cover the bucket.
    void disabledOrScopedRulesDoNotCover()
    {
        const LifecycleConfig disabled =
            parsed(doc("<Rule><ID>off</ID><Filter></Filter><Status>Disabled</Status><AbortIncompleteMultipartUpload>"
                       "<DaysAfterInitiation>1</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>"));
        QCOMPARE(AbortRulePlan::make(disabled, 7).outcome, AbortRulePlan::Outcome::Add);
        QCOMPARE(AbortRulePlan::make(parsed(SixRules), 7).outcome, AbortRulePlan::Outcome::Add);
    }

    // The ID taken by someone else: another one; a legacy-Prefix configuration gets a legacy rule.
    void idAndFormFitTheConfiguration()
    {
        const LifecycleConfig current = parsed(doc("<Rule><ID>partsweep-abort-incomplete-uploads</ID>"
                                                   "<Prefix>tmp/</Prefix><Status>Enabled</Status>"
                                                   "<Expiration><Days>2</Days></Expiration></Rule>"));
        const AbortRulePlan plan = AbortRulePlan::make(current, 7);
        QCOMPARE(plan.ruleId, QStringLiteral("partsweep-abort-incomplete-uploads-2"));
        const LifecycleConfig written = parsed(plan.intended.toXml());
        QVERIFY(written.rules[1].legacyPrefix);
        QVERIFY(!plan.intended.toXml().contains("<Filter>"));
    }

    void thousandRulesAreTheLimit()
    {
        QByteArray rules;
        for (int i = 0; i < MaxLifecycleRules; ++i)
            rules += "<Rule><ID>r" + QByteArray::number(i) + "</ID><Filter><Prefix>p" + QByteArray::number(i) +
                     "/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>9</Days></Expiration></Rule>";
        const AbortRulePlan plan = AbortRulePlan::make(parsed(doc(rules)), 7);
        QCOMPARE(plan.outcome, AbortRulePlan::Outcome::Refused);
        QVERIFY2(plan.text().contains(QStringLiteral("1000 rules")), qPrintable(plan.text()));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleConfig)
#include "tst_lifecycleconfig.moc"
