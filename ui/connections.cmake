# Sources of the connection dialog, added to partsweep_ui.
target_sources(partsweep_ui PRIVATE connectiondialog.cpp connectiondialog.h)
