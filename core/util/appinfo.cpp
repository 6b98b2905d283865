#include "util/appinfo.h"

#include <QCoreApplication>
#include <QStandardPaths>

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

namespace {

QString organisationPath(QStandardPaths::StandardLocation location, const QString &sub)
{
    QString organisation = QCoreApplication::organizationName();
    if (organisation.isEmpty())
        organisation = name();
    return QStandardPaths::writableLocation(location) + u'/' + organisation + u'/' + sub;
}

} // namespace

QString sharedDataPath(const QString &sub)
{
    return organisationPath(QStandardPaths::GenericDataLocation, sub);
}

QString sharedConfigPath(const QString &sub)
{
    return organisationPath(QStandardPaths::GenericConfigLocation, sub);
}

} // namespace PartSweep::AppInfo
