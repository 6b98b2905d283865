#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace PartSweep::Translations {

namespace {

const QString ResourceDir = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("_");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// Loads the best file `name`_<language> for `locale` from `dir` onto `app`; the one installed
// last is searched first.
QString add(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, Prefix, dir))
        return {};
    const QString file = translator->filePath();
    app.installTranslator(translator.get());
    installed().push_back(std::move(translator));
    return file;
}

} // namespace

QStringList install(QCoreApplication &app, const QLocale &locale)
{
    for (const auto &translator : installed())
        app.removeTranslator(translator.get());
    installed().clear();

    QStringList loaded;
    const auto note = [&loaded](const QString &file) {
        if (!file.isEmpty())
            loaded << file;
    };
    // English plural forms under everything, so "%n upload(s)" reads "1 upload" in any language
    // PartSweep has no translation for.
    note(add(app, QLocale(QLocale::English), QStringLiteral("partsweep"), ResourceDir));
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        const QString own = add(app, locale, QStringLiteral("partsweep"), ResourceDir);
        note(own);
        // Qt's own strings (standard buttons, file dialogs) only with ours: a window half in
        // French buttons and half in English text would be worse than all English.
        if (!own.isEmpty())
            note(add(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    return loaded;
}

} // namespace PartSweep::Translations
