print("xborder")
