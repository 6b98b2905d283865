// The window speaks the user's language: PartSweep's German translation covers every string the
// sources hold now (lupdate is run on them into a copy of translations/partsweep_de.ts, so a
// string added without its translation fails here), keeps each placeholder and mnemonic, and
// loads with the locale; in English, counts read "1 upload" and "2 uploads".
#include "cleanup/cleanuptypes.h"
#include "cleanupconfirmdialog.h"
#include "mainwindow.h"
#include "translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

using namespace PartSweep;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, {}, false, xml.attributes().value("numerus"_L1) == "yes"_L1};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            if (!current.numerus)
                current.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?n|%\\d+"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// The mnemonics of a label: '&' before a character, "&&" being a literal ampersand.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QStringList problemsOf(const Message &m)
{
    QStringList problems;
    const QString where = u"[%1] \"%2\": "_s.arg(m.context, m.source.left(70));
    if (m.unfinished || m.translations.isEmpty() ||
        std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); }))
        return {where + u"not translated"_s};
    if (m.numerus && m.translations.size() != 2)
        problems << where + u"two plural forms expected (German, English), %1 given"_s.arg(m.translations.size());
    for (const QString &t : m.translations) {
        if (placeholders(t) != placeholders(m.source))
            problems << where + u"placeholders %1, translation has %2"_s.arg(placeholders(m.source).join(u' '),
                                                                             placeholders(t).join(u' '));
        if (mnemonics(t) != mnemonics(m.source))
            problems << where + u"%1 mnemonic(s) in the source, %2 in \"%3\""_s.arg(mnemonics(m.source))
                                    .arg(mnemonics(t))
                                    .arg(t);
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Translations::install(*qApp, QLocale(QLocale::English)); }

    // lupdate over ui/, app/gui/ and core/ (what the update_translations target scans) into a copy
    // of each translation: every message it holds then must be translated. The English file holds
    // the plural forms only ("%Ln upload(s)": "1 upload", "2 uploads").
    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("German") << u"partsweep_de.ts"_s << false;
        QTest::newRow("English plurals") << u"partsweep_en.ts"_s << true;
    }

    void everySourceStringIsTranslated()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        const QString copy = m_dir.filePath(file);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(PARTSWEEP_SOURCE_DIR "/translations/") + file, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString source = QStringLiteral(PARTSWEEP_SOURCE_DIR);
        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s,   u"none"_s, u"-silent"_s,
                              u"-I"_s,           source + u"/ui"_s, u"-I"_s,   source + u"/core"_s,
                              u"-I"_s,           source + u"/app"_s};
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << source + u"/ui"_s << source + u"/app/gui"_s << source + u"/core"_s << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PARTSWEEP_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > (pluralOnly ? 30 : 300),
                 qPrintable(u"only %1 messages found"_s.arg(messages.size())));
        QStringList problems;
        for (const Message &m : messages) {
            problems << problemsOf(m);
            if (pluralOnly && !m.numerus)
                problems << u"\"%1\" has no count, yet is in the plural file"_s.arg(m.source);
            for (const QString &t : m.translations) {
                if (pluralOnly && t.contains(u"(s)"_s))
                    problems << u"\"%1\" still reads \"(s)\""_s.arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s); run `cmake --build --preset dev --target update_translations`, "
                            "scripts/english-plurals and translate:\n%2"_s.arg(problems.size())
                                .arg(problems.join(u'\n'))));
    }

    void englishPluralsReadAsEnglish()
    {
        const QStringList loaded = Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(loaded, QStringList{u":/i18n/partsweep_en.qm"_s});
        CleanupConfirmDialog one({target(u"a.bin"_s)}, CleanupOptions{}, QDateTime::currentDateTimeUtc());
        QVERIFY2(one.summaryText().startsWith(u"1 pending upload (1.0 KiB) in 1 bucket will be aborted."_s),
                 qPrintable(one.summaryText()));
        CleanupConfirmDialog two({target(u"a.bin"_s), target(u"b.bin"_s)}, CleanupOptions{},
                                 QDateTime::currentDateTimeUtc());
        QVERIFY2(two.summaryText().startsWith(u"2 pending uploads (2.0 KiB) in 1 bucket will be aborted."_s),
                 qPrintable(two.summaryText()));
    }

    // With a German system locale the window is German: PartSweep's strings, its plurals ("1 offener
    // Upload", "2 offene Uploads") and Qt's own buttons (from Debian's qtbase_de.qm).
    void germanLocaleGivesAGermanWindow()
    {
        const QStringList loaded = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(u":/i18n/partsweep_de.qm"_s), qPrintable(loaded.join(u", "_s)));
        QVERIFY2(
            std::any_of(loaded.cbegin(), loaded.cend(), [](const QString &f) { return f.endsWith(u"qtbase_de.qm"_s); }),
            qPrintable(u"Qt's German translation not loaded (package qt6-translations-l10n): "_s +
                       loaded.join(u", "_s)));

        MainWindow window;
        QCOMPARE(window.findChild<QMenu *>(u"menuFile"_s)->title(), u"&Datei"_s);

        CleanupConfirmDialog one({target(u"a.bin"_s)}, CleanupOptions{}, QDateTime::currentDateTimeUtc());
        static const QRegularExpression singular(u"^1 offener Upload \\(.+\\) in 1 Bucket wird abgebrochen\\."_s);
        QVERIFY2(singular.match(one.summaryText()).hasMatch(), qPrintable(one.summaryText()));
        CleanupConfirmDialog two({target(u"a.bin"_s), target(u"b.bin"_s)}, CleanupOptions{},
                                 QDateTime::currentDateTimeUtc());
        static const QRegularExpression plural(u"^2 offene Uploads \\(.+\\) in 1 Bucket werden abgebrochen\\."_s);
        QVERIFY2(plural.match(two.summaryText()).hasMatch(), qPrintable(two.summaryText()));
        const auto *buttons = two.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    }

    // A language PartSweep has no translation for stays English, Qt's buttons included.
    void otherLanguagesStayEnglish()
    {
        const QStringList loaded = Translations::install(*qApp, QLocale(QLocale::French, QLocale::France));
        QCOMPARE(loaded, QStringList{u":/i18n/partsweep_en.qm"_s});
        MainWindow window;
        QCOMPARE(window.findChild<QMenu *>(u"menuFile"_s)->title(), u"&File"_s);
    }

private:
    static CleanupTarget target(const QString &key)
    {
        CleanupTarget t;
        t.upload.bucket = u"media"_s;
        t.upload.key = key;
        t.upload.uploadId = key + u"-id"_s;
        t.upload.initiated = QDateTime::currentDateTimeUtc().addDays(-30);
        t.size = 1024;
        return t;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
