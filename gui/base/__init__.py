"""What every part of the window stands on: language, theme, fonts, safety, start-up checks.

`i18n` (English or Korean, switched at once), `theme` (light and dark colours), `fonts`,
`safety` (no exception escapes a Qt override), `platform_check` (can Qt's X11 plugin load),
`icon` (the app's icon in every size) and `probe` (what a test driving the window from
outside may ask).

May import: core, PySide6. Nothing else of gui.
"""
