/** The ribbon's function file: the only command is ShowTaskpane, which needs no code. */
Office.onReady(() => undefined);
