#include "settings.h"

namespace dnas::gui {

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    static const Entry entries[] = {
        {Settings::Key::MainWindowGeometry, "mainwindow/geometry", QByteArray()},
        {Settings::Key::MainWindowState, "mainwindow/state", QByteArray()},
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
} // namespace

QVariant Settings::value(Key key) const
{
    return m_settings.value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(keyName(key), value);
}

QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

} // namespace dnas::gui
