#pragma once

#include <QString>

// Identity of the application, from the one place it is defined (CMake's project()).
namespace PartSweep::AppInfo {

QString name();          // "PartSweep"
QString version();       // "0.1.0"
QString applicationId(); // reverse-DNS id used by desktop files, icons and settings
QString userAgent();     // sent on every S3 request: "PartSweep/0.1.0"

// <GenericDataLocation>/<organisation>/<sub> and <GenericConfigLocation>/<organisation>/<sub>:
// shared by both executables (not AppDataLocation, which ends in the executable's name), so the
// desktop app finds what partsweep-cli left and the other way round.
QString sharedDataPath(const QString &sub);
QString sharedConfigPath(const QString &sub);

// Sets QCoreApplication's name, version, organisation; call once in main().
void applyToApplication();

} // namespace PartSweep::AppInfo
