#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace PartSweep::Translations {

// Installs on `app` the translations for `locale`: PartSweep's own (compiled into the resource
// :/i18n; English plural forms always, German when the locale asks for it) and Qt's for its
// standard buttons and dialogs (from Qt's translations directory, when that language is there).
// Translators installed earlier are replaced, so calling it again switches the language.
// Returns the files loaded, for the log.
QStringList install(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace PartSweep::Translations
