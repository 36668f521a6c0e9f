#pragma once

#include <QString>

namespace dnas {

/**
 * The one reverse-DNS application id. It names the desktop file, the
 * AppStream component, the icon, the settings file
 * (~/.config/org.dnasstudio.DnasStudio.conf), the run database's folder
 * (<GenericDataLocation>/org.dnasstudio.DnasStudio, shared by the CLI) and
 * the desktop app (QCoreApplication::applicationName). The build spells it
 * once more, as CMake's DNAS_APP_ID, for the files it installs
 * (resources/org.dnasstudio.DnasStudio.*).
 */
inline QString applicationId()
{
    return QStringLiteral("org.dnasstudio.DnasStudio");
}

/** The name people read: window titles, the About box. */
inline QString applicationDisplayName()
{
    return QStringLiteral("DNAS Studio");
}

} // namespace dnas
