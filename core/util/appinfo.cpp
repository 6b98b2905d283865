#include "util/appinfo.h"

#include <QCoreApplication>

namespace PartSweep::AppInfo {

QString name()
{
    return QStringLiteral("PartSweep");
}

QString version()
{
    return QStringLiteral(PARTSWEEP_VERSION);
}

QString applicationId()
{
    return QStringLiteral(PARTSWEEP_APP_ID);
}

QString userAgent()
{
    return name() + u'/' + version();
}

void applyToApplication()
{
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationName(name());
    QCoreApplication::setOrganizationDomain(QStringLiteral("partsweep.invalid"));
}

} // namespace PartSweep::AppInfo
