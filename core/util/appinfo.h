#pragma once

#include <QString>

// Identity of the application, from the one place it is defined (CMake's project()).
namespace PartSweep::AppInfo {

QString name();          // "PartSweep"
QString version();       // "0.1.0"
QString applicationId(); // reverse-DNS id used by desktop files, icons and settings
QString userAgent();     // sent on every S3 request: "PartSweep/0.1.0"

// Sets QCoreApplication's name, version, organisation; call once in main().
void applyToApplication();

} // namespace PartSweep::AppInfo
