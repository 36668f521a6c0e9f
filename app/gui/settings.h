#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

namespace dnas::gui {

/**
 * The application's settings: one enum key per setting, one table of key
 * strings and defaults (settings.cpp). Stored by QSettings in the file named
 * by the application id (~/.config/org.dnasstudio.DnasStudio.conf on Linux),
 * or in the file given to useFile(). GUI thread only, like the QSettings it
 * wraps.
 */
class Settings
{
public:
    enum class Key {
        MainWindowGeometry, ///< QByteArray from QWidget::saveGeometry()
        MainWindowState, ///< QByteArray from QMainWindow::saveState()
        Database, ///< QString: the run database searches go to
        RecentDatabases, ///< QStringList, newest first
        Benchmark, ///< QString: benchmark key opened at start
        RunSettings, ///< QByteArray: SearchConfig JSON of the run panel
        Language, ///< QString: "" (system), "en", "de", "zh_CN"
    };

    Settings();

    /** From now on, every Settings reads and writes this INI file instead
     *  of the user's settings (the demo and tests use it). */
    static void useFile(const QString &path);

    /** The stored value, or the key's default when nothing is stored. */
    QVariant value(Key key) const;
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    void setValue(Key key, const QVariant &value);

    /** "mainwindow/geometry" etc. */
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    /** The languages the app is translated to: code and native name. */
    static QList<QPair<QString, QString>> languages();
    static constexpr int kRecentDatabases = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dnas::gui
