# Sources of the connection dialog, added to partsweep_ui.
