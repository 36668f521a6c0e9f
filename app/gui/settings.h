#pragma once

#include <QSettings>
#include <QVariant>

namespace dnas::gui {

/**
 * The application's settings: one enum key per setting, one table of key
 * strings and defaults (settings.cpp). Stored by QSettings under the
 * organisation and application names set in main() ("DNAS Studio",
 * "dnas-studio"). GUI thread only, like the QSettings it wraps.
 */
class Settings
{
public:
    enum class Key {
        MainWindowGeometry, ///< QByteArray from QWidget::saveGeometry()
        MainWindowState, ///< QByteArray from QMainWindow::saveState()
    };

    Settings() = default;

    /** The stored value, or the key's default when nothing is stored. */
    QVariant value(Key key) const;
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    void setValue(Key key, const QVariant &value);

    /** "mainwindow/geometry" etc. */
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    QSettings m_settings;
};

} // namespace dnas::gui
