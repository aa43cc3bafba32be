// You know nothing, Jon Snow!
