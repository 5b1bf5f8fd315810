Grailbird.data.tweets_2015_10 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ted Gioia",
      "screen_name" : "tedgioia",
      "indices" : [ 3, 12 ],
      "id_str" : "69034924",
      "id" : 69034924
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/tedgioia\/status\/660631994464800768\/photo\/1",
      "indices" : [ 120, 140 ],
      "url" : "https:\/\/t.co\/lP4T3hNSfW",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSsJTFZXAAAIDSw.jpg",
      "id_str" : "660631993810616320",
      "id" : 660631993810616320,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSsJTFZXAAAIDSw.jpg",
      "sizes" : [ {
        "h" : 446,
        "resize" : "fit",
        "w" : 595
      }, {
        "h" : 254,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 446,
        "resize" : "fit",
        "w" : 595
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 446,
        "resize" : "fit",
        "w" : 595
      } ],
      "display_url" : "pic.twitter.com\/lP4T3hNSfW"
    } ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 96, 119 ],
      "url" : "https:\/\/t.co\/ee6zN76Yo1",
      "expanded_url" : "http:\/\/dld.bz\/dYQ8n",
      "display_url" : "dld.bz\/dYQ8n"
    } ]
  },
  "geo" : { },
  "id_str" : "660657989112590336",
  "text" : "RT @tedgioia: Brian Eno's Music for Airports performed live for the first time at a US airport. https:\/\/t.co\/ee6zN76Yo1 https:\/\/t.co\/lP4T3h\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/tedgioia\/status\/660631994464800768\/photo\/1",
        "indices" : [ 106, 129 ],
        "url" : "https:\/\/t.co\/lP4T3hNSfW",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSsJTFZXAAAIDSw.jpg",
        "id_str" : "660631993810616320",
        "id" : 660631993810616320,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSsJTFZXAAAIDSw.jpg",
        "sizes" : [ {
          "h" : 446,
          "resize" : "fit",
          "w" : 595
        }, {
          "h" : 254,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 446,
          "resize" : "fit",
          "w" : 595
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 446,
          "resize" : "fit",
          "w" : 595
        } ],
        "display_url" : "pic.twitter.com\/lP4T3hNSfW"
      } ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 82, 105 ],
        "url" : "https:\/\/t.co\/ee6zN76Yo1",
        "expanded_url" : "http:\/\/dld.bz\/dYQ8n",
        "display_url" : "dld.bz\/dYQ8n"
      } ]
    },
    "geo" : { },
    "id_str" : "660631994464800768",
    "text" : "Brian Eno's Music for Airports performed live for the first time at a US airport. https:\/\/t.co\/ee6zN76Yo1 https:\/\/t.co\/lP4T3hNSfW",
    "id" : 660631994464800768,
    "created_at" : "2015-11-01 01:38:36 +0000",
    "user" : {
      "name" : "Ted Gioia",
      "screen_name" : "tedgioia",
      "protected" : false,
      "id_str" : "69034924",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/621911975971282944\/Tqa25-NE_normal.jpg",
      "id" : 69034924,
      "verified" : false
    }
  },
  "id" : 660657989112590336,
  "created_at" : "2015-11-01 03:21:53 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Springtime for Coda",
      "screen_name" : "coda",
      "indices" : [ 0, 5 ],
      "id_str" : "637533",
      "id" : 637533
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "660639449471021056",
  "geo" : { },
  "id_str" : "660657952450154496",
  "in_reply_to_user_id" : 637533,
  "text" : "@coda spooky",
  "id" : 660657952450154496,
  "in_reply_to_status_id" : 660639449471021056,
  "created_at" : "2015-11-01 03:21:44 +0000",
  "in_reply_to_screen_name" : "coda",
  "in_reply_to_user_id_str" : "637533",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brian Mullen",
      "screen_name" : "btmulls",
      "indices" : [ 0, 8 ],
      "id_str" : "20099390",
      "id" : 20099390
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "660617088999014400",
  "geo" : { },
  "id_str" : "660619353583284224",
  "in_reply_to_user_id" : 20099390,
  "text" : "@btmulls big day for the kids",
  "id" : 660619353583284224,
  "in_reply_to_status_id" : 660617088999014400,
  "created_at" : "2015-11-01 00:48:22 +0000",
  "in_reply_to_screen_name" : "btmulls",
  "in_reply_to_user_id_str" : "20099390",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mark Suster",
      "screen_name" : "msuster",
      "indices" : [ 3, 11 ],
      "id_str" : "5520332",
      "id" : 5520332
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660605944846352384",
  "text" : "RT @msuster: These days a \"unicorn\" is a company who raises a small amount of capital and grows pragmatically",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659942531736559616",
    "text" : "These days a \"unicorn\" is a company who raises a small amount of capital and grows pragmatically",
    "id" : 659942531736559616,
    "created_at" : "2015-10-30 03:58:55 +0000",
    "user" : {
      "name" : "Mark Suster",
      "screen_name" : "msuster",
      "protected" : false,
      "id_str" : "5520332",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/668890062126354432\/S3MEY_Vz_normal.jpg",
      "id" : 5520332,
      "verified" : true
    }
  },
  "id" : 660605944846352384,
  "created_at" : "2015-10-31 23:55:05 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Gary Fredericks",
      "screen_name" : "gfredericks_",
      "indices" : [ 3, 16 ],
      "id_str" : "135245510",
      "id" : 135245510
    }, {
      "name" : "Peter Bailis",
      "screen_name" : "pbailis",
      "indices" : [ 18, 26 ],
      "id_str" : "353206839",
      "id" : 353206839
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 52, 75 ],
      "url" : "https:\/\/t.co\/Xe2UIFZKS6",
      "expanded_url" : "http:\/\/www.postgresql.org\/message-id\/flat\/20151008100036.8427.63845@wrigleys.postgresql.org#20151008100036.8427.63845@wrigleys.postgresql.org",
      "display_url" : "postgresql.org\/message-id\/fla\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "660592247155519488",
  "text" : "RT @gfredericks_: @pbailis looks like mine is fixed https:\/\/t.co\/Xe2UIFZKS6; I haven't heard any verification that it's the same bug as you\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Peter Bailis",
        "screen_name" : "pbailis",
        "indices" : [ 0, 8 ],
        "id_str" : "353206839",
        "id" : 353206839
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 34, 57 ],
        "url" : "https:\/\/t.co\/Xe2UIFZKS6",
        "expanded_url" : "http:\/\/www.postgresql.org\/message-id\/flat\/20151008100036.8427.63845@wrigleys.postgresql.org#20151008100036.8427.63845@wrigleys.postgresql.org",
        "display_url" : "postgresql.org\/message-id\/fla\u2026"
      } ]
    },
    "in_reply_to_status_id_str" : "656132474875965440",
    "geo" : { },
    "id_str" : "660571016733843456",
    "in_reply_to_user_id" : 353206839,
    "text" : "@pbailis looks like mine is fixed https:\/\/t.co\/Xe2UIFZKS6; I haven't heard any verification that it's the same bug as yours though",
    "id" : 660571016733843456,
    "in_reply_to_status_id" : 656132474875965440,
    "created_at" : "2015-10-31 21:36:17 +0000",
    "in_reply_to_screen_name" : "pbailis",
    "in_reply_to_user_id_str" : "353206839",
    "user" : {
      "name" : "Gary Fredericks",
      "screen_name" : "gfredericks_",
      "protected" : false,
      "id_str" : "135245510",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/680409131983843328\/Qnr6W-BX_normal.png",
      "id" : 135245510,
      "verified" : false
    }
  },
  "id" : 660592247155519488,
  "created_at" : "2015-10-31 23:00:39 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Startup L. Jackson",
      "screen_name" : "StartupLJackson",
      "indices" : [ 3, 19 ],
      "id_str" : "353789193",
      "id" : 353789193
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660588971492159488",
  "text" : "RT @StartupLJackson: \"We test all our code, it's important that app works!\"\n\n\"What do you do in parts of the company running on Excel?\"\n\n\uD83D\uDE10",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "660179857532305408",
    "text" : "\"We test all our code, it's important that app works!\"\n\n\"What do you do in parts of the company running on Excel?\"\n\n\uD83D\uDE10",
    "id" : 660179857532305408,
    "created_at" : "2015-10-30 19:41:58 +0000",
    "user" : {
      "name" : "Startup L. Jackson",
      "screen_name" : "StartupLJackson",
      "protected" : false,
      "id_str" : "353789193",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/615766438733746176\/1lR6Yc8n_normal.jpg",
      "id" : 353789193,
      "verified" : false
    }
  },
  "id" : 660588971492159488,
  "created_at" : "2015-10-31 22:47:38 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Marginal Revolution",
      "screen_name" : "MargRev",
      "indices" : [ 3, 11 ],
      "id_str" : "252672612",
      "id" : 252672612
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "https:\/\/t.co\/fdsusp5DaZ",
      "expanded_url" : "http:\/\/bit.ly\/1Q1OZZy",
      "display_url" : "bit.ly\/1Q1OZZy"
    } ]
  },
  "geo" : { },
  "id_str" : "660508632971284480",
  "text" : "RT @MargRev: Indonesia fact of the day: So far this year, Indonesia\u2019s fires\u00A0have released more carbon dioxide into the atmo... https:\/\/t.co\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitterfeed.com\" rel=\"nofollow\"\u003Etwitterfeed\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 114, 137 ],
        "url" : "https:\/\/t.co\/fdsusp5DaZ",
        "expanded_url" : "http:\/\/bit.ly\/1Q1OZZy",
        "display_url" : "bit.ly\/1Q1OZZy"
      } ]
    },
    "geo" : { },
    "id_str" : "660508031625498628",
    "text" : "Indonesia fact of the day: So far this year, Indonesia\u2019s fires\u00A0have released more carbon dioxide into the atmo... https:\/\/t.co\/fdsusp5DaZ",
    "id" : 660508031625498628,
    "created_at" : "2015-10-31 17:26:01 +0000",
    "user" : {
      "name" : "Marginal Revolution",
      "screen_name" : "MargRev",
      "protected" : false,
      "id_str" : "252672612",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/681866112254914565\/GvjRis1q_normal.png",
      "id" : 252672612,
      "verified" : false
    }
  },
  "id" : 660508632971284480,
  "created_at" : "2015-10-31 17:28:24 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 51, 74 ],
      "url" : "https:\/\/t.co\/lcqqsa06V0",
      "expanded_url" : "http:\/\/queue.acm.org\/detail.cfm?id=2839461",
      "display_url" : "queue.acm.org\/detail.cfm?id=\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "660500790985887745",
  "text" : "Super neat post about failure handling at Facebook https:\/\/t.co\/lcqqsa06V0",
  "id" : 660500790985887745,
  "created_at" : "2015-10-31 16:57:14 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660463403907964928",
  "text" : "Sacked in the morning; sacked in the morning; you\u2019re getting sacked in the mooooorning!!!!",
  "id" : 660463403907964928,
  "created_at" : "2015-10-31 14:28:40 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660439995249897474",
  "text" : "Sexy continental shelf",
  "id" : 660439995249897474,
  "created_at" : "2015-10-31 12:55:39 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660343034253447169",
  "text" : "Uber launches Purge Pricing. For the next 24 hours your Uber driver will run over anyone you ask them to",
  "id" : 660343034253447169,
  "created_at" : "2015-10-31 06:30:22 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660307524520800256",
  "text" : "Yearly reminder that rooting for Chelsea is a morally bankrupt decision, their team is being paid by assets stolen from the Russian people",
  "id" : 660307524520800256,
  "created_at" : "2015-10-31 04:09:16 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660275284504002560",
  "text" : "Sexy curry-howard isomorphism",
  "id" : 660275284504002560,
  "created_at" : "2015-10-31 02:01:09 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "660241132249419776",
  "text" : "Onboarding for the new HR tool involves typing your email in on the signup screen and then hitting \"Forgot Password\"",
  "id" : 660241132249419776,
  "created_at" : "2015-10-30 23:45:27 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jeremy B. Merrill",
      "screen_name" : "jeremybmerrill",
      "indices" : [ 0, 15 ],
      "id_str" : "16569107",
      "id" : 16569107
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "660212667592925184",
  "geo" : { },
  "id_str" : "660221090916990976",
  "in_reply_to_user_id" : 16569107,
  "text" : "@jeremybmerrill remember the 90's. remember SmarterChild",
  "id" : 660221090916990976,
  "in_reply_to_status_id" : 660212667592925184,
  "created_at" : "2015-10-30 22:25:49 +0000",
  "in_reply_to_screen_name" : "jeremybmerrill",
  "in_reply_to_user_id_str" : "16569107",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Hunter Walk",
      "screen_name" : "hunterwalk",
      "indices" : [ 3, 14 ],
      "id_str" : "46063",
      "id" : 46063
    }, {
      "name" : "gduffy",
      "screen_name" : "gduffy",
      "indices" : [ 107, 114 ],
      "id_str" : "15102125",
      "id" : 15102125
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "https:\/\/t.co\/xqmMsJiEVz",
      "expanded_url" : "https:\/\/medium.com\/@gduffy\/in-order-to-make-it-worthwhile-to-offer-more-we-need-to-make-employees-way-more-savvy-when-it-8c15738503e1#.1kv76yaxq",
      "display_url" : "medium.com\/@gduffy\/in-ord\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "660178166955114496",
  "text" : "RT @hunterwalk: \"Almost none of the ppl we made offers to at Dropcam understood basic offer economics\" CEO @gduffy on compensation https:\/\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "gduffy",
        "screen_name" : "gduffy",
        "indices" : [ 91, 98 ],
        "id_str" : "15102125",
        "id" : 15102125
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 115, 138 ],
        "url" : "https:\/\/t.co\/xqmMsJiEVz",
        "expanded_url" : "https:\/\/medium.com\/@gduffy\/in-order-to-make-it-worthwhile-to-offer-more-we-need-to-make-employees-way-more-savvy-when-it-8c15738503e1#.1kv76yaxq",
        "display_url" : "medium.com\/@gduffy\/in-ord\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "660164618556465152",
    "text" : "\"Almost none of the ppl we made offers to at Dropcam understood basic offer economics\" CEO @gduffy on compensation https:\/\/t.co\/xqmMsJiEVz",
    "id" : 660164618556465152,
    "created_at" : "2015-10-30 18:41:24 +0000",
    "user" : {
      "name" : "Hunter Walk",
      "screen_name" : "hunterwalk",
      "protected" : false,
      "id_str" : "46063",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/3530636661\/448f950491b7c174df124e6ce8d7ba79_normal.png",
      "id" : 46063,
      "verified" : false
    }
  },
  "id" : 660178166955114496,
  "created_at" : "2015-10-30 19:35:15 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mark Oppenheimer",
      "screen_name" : "markopp1",
      "indices" : [ 0, 9 ],
      "id_str" : "51777236",
      "id" : 51777236
    }, {
      "name" : "Matt Levine",
      "screen_name" : "matt_levine",
      "indices" : [ 10, 22 ],
      "id_str" : "14230772",
      "id" : 14230772
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "660145717109989376",
  "geo" : { },
  "id_str" : "660157033258192896",
  "in_reply_to_user_id" : 51777236,
  "text" : "@markopp1 @matt_levine Read that as \"eating his vitamin pyramid-scheme colleague\". Sounds better that way.",
  "id" : 660157033258192896,
  "in_reply_to_status_id" : 660145717109989376,
  "created_at" : "2015-10-30 18:11:16 +0000",
  "in_reply_to_screen_name" : "markopp1",
  "in_reply_to_user_id_str" : "51777236",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "goddardcm",
      "screen_name" : "goddardcm",
      "indices" : [ 0, 10 ],
      "id_str" : "14347579",
      "id" : 14347579
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659976296814936064",
  "geo" : { },
  "id_str" : "659980051199295488",
  "in_reply_to_user_id" : 14347579,
  "text" : "@goddardcm Should be in your email!",
  "id" : 659980051199295488,
  "in_reply_to_status_id" : 659976296814936064,
  "created_at" : "2015-10-30 06:28:00 +0000",
  "in_reply_to_screen_name" : "goddardcm",
  "in_reply_to_user_id_str" : "14347579",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chad Etzel",
      "screen_name" : "jazzychad",
      "indices" : [ 0, 10 ],
      "id_str" : "6633812",
      "id" : 6633812
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659968487587119104",
  "geo" : { },
  "id_str" : "659975454229577728",
  "in_reply_to_user_id" : 6633812,
  "text" : "@jazzychad Check your email!",
  "id" : 659975454229577728,
  "in_reply_to_status_id" : 659968487587119104,
  "created_at" : "2015-10-30 06:09:44 +0000",
  "in_reply_to_screen_name" : "jazzychad",
  "in_reply_to_user_id_str" : "6633812",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "KEVIN BURKE",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659975245512572928",
  "geo" : { },
  "id_str" : "659975398357209089",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek I will also send you something via Shyp username just for trying and giving your feedback on it.",
  "id" : 659975398357209089,
  "in_reply_to_status_id" : 659975245512572928,
  "created_at" : "2015-10-30 06:09:31 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659975245512572928",
  "text" : "If you also want to beta test the interview problem email me! tho currently I'm worried it's more of a headache than it is \"fun\"",
  "id" : 659975245512572928,
  "created_at" : "2015-10-30 06:08:54 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Craig Merry",
      "screen_name" : "CraigMerry",
      "indices" : [ 0, 11 ],
      "id_str" : "317334151",
      "id" : 317334151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659967715637985280",
  "geo" : { },
  "id_str" : "659973400597630976",
  "in_reply_to_user_id" : 317334151,
  "text" : "@CraigMerry Nope Javascript but I can send it over if you want",
  "id" : 659973400597630976,
  "in_reply_to_status_id" : 659967715637985280,
  "created_at" : "2015-10-30 06:01:35 +0000",
  "in_reply_to_screen_name" : "CraigMerry",
  "in_reply_to_user_id_str" : "317334151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 64, 87 ],
      "url" : "https:\/\/t.co\/m9YzIHtZG4",
      "expanded_url" : "https:\/\/twitter.com\/joshgrenon\/status\/659967604426084352",
      "display_url" : "twitter.com\/joshgrenon\/sta\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "659968025676742656",
  "geo" : { },
  "id_str" : "659972498209902592",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy Kyle there are people out there who believe in you https:\/\/t.co\/m9YzIHtZG4",
  "id" : 659972498209902592,
  "in_reply_to_status_id" : 659968025676742656,
  "created_at" : "2015-10-30 05:57:59 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659966962831785985",
  "text" : "Update: Kyle gave up on the interview problem",
  "id" : 659966962831785985,
  "created_at" : "2015-10-30 05:36:00 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/instagram.com\" rel=\"nofollow\"\u003EInstagram\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "NationalCatDay",
      "indices" : [ 23, 38 ]
    } ],
    "urls" : [ {
      "indices" : [ 74, 97 ],
      "url" : "https:\/\/t.co\/VzhBcbhYgP",
      "expanded_url" : "https:\/\/instagram.com\/p\/9cyS-3DFlT\/",
      "display_url" : "instagram.com\/p\/9cyS-3DFlT\/"
    } ]
  },
  "geo" : {
    "type" : "Point",
    "coordinates" : [ 37.7911797, -122.4129333 ]
  },
  "id_str" : "659963017162063872",
  "text" : "Manu does not like her #NationalCatDay \/ Halloween costume. @ The Masonic https:\/\/t.co\/VzhBcbhYgP",
  "id" : 659963017162063872,
  "created_at" : "2015-10-30 05:20:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659957990380797956",
  "text" : "Kyle is beta testing my new interview homework problem. Welcome to the event loop Kyle you will drink the kool aid soon",
  "id" : 659957990380797956,
  "created_at" : "2015-10-30 05:00:20 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "mrb",
      "screen_name" : "mrb_bk",
      "indices" : [ 0, 7 ],
      "id_str" : "10179552",
      "id" : 10179552
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659904697399189504",
  "geo" : { },
  "id_str" : "659910733547737088",
  "in_reply_to_user_id" : 10179552,
  "text" : "@mrb_bk haha waited in 2 degree weather for 50 mins last winter to go there",
  "id" : 659910733547737088,
  "in_reply_to_status_id" : 659904697399189504,
  "created_at" : "2015-10-30 01:52:34 +0000",
  "in_reply_to_screen_name" : "mrb_bk",
  "in_reply_to_user_id_str" : "10179552",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659859600292712448",
  "text" : "Third favorite thing about Javascript is how NO ONE has EVER run into the production issue you're seeing before, read 3rd party libs 4ever",
  "id" : 659859600292712448,
  "created_at" : "2015-10-29 22:29:22 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dylan Pyle",
      "screen_name" : "dylanpyle",
      "indices" : [ 0, 10 ],
      "id_str" : "190732889",
      "id" : 190732889
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659803847469076480",
  "geo" : { },
  "id_str" : "659855166795943937",
  "in_reply_to_user_id" : 190732889,
  "text" : "@dylanpyle Whoa there thought leader, it\u2019s time for you to join VC and put an extra 0 on the end of that salary of yours",
  "id" : 659855166795943937,
  "in_reply_to_status_id" : 659803847469076480,
  "created_at" : "2015-10-29 22:11:45 +0000",
  "in_reply_to_screen_name" : "dylanpyle",
  "in_reply_to_user_id_str" : "190732889",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659808168952877056",
  "geo" : { },
  "id_str" : "659854728579321856",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda JavaScript growth hacking, the cloud, brand engagement",
  "id" : 659854728579321856,
  "in_reply_to_status_id" : 659808168952877056,
  "created_at" : "2015-10-29 22:10:01 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Michelin Guide",
      "screen_name" : "MichelinGuideSF",
      "indices" : [ 3, 19 ],
      "id_str" : "61485111",
      "id" : 61485111
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659848562663030785",
  "text" : "RT @MichelinGuideSF: Recent bout of food poisoning made me realize I only get sick from high profile restaurants and never hole-in-the-wall\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659831334584475648",
    "text" : "Recent bout of food poisoning made me realize I only get sick from high profile restaurants and never hole-in-the-walls joints!",
    "id" : 659831334584475648,
    "created_at" : "2015-10-29 20:37:03 +0000",
    "user" : {
      "name" : "Michelin Guide",
      "screen_name" : "MichelinGuideSF",
      "protected" : false,
      "id_str" : "61485111",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/404657397\/BIB-white-profile_normal.GIF",
      "id" : 61485111,
      "verified" : false
    }
  },
  "id" : 659848562663030785,
  "created_at" : "2015-10-29 21:45:31 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "ashley williams",
      "screen_name" : "ag_dubs",
      "indices" : [ 0, 8 ],
      "id_str" : "304067888",
      "id" : 304067888
    }, {
      "name" : "deleuzional",
      "screen_name" : "steveklabnik",
      "indices" : [ 9, 22 ],
      "id_str" : "22386062",
      "id" : 22386062
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "659779225222819840",
  "geo" : { },
  "id_str" : "659789832147742721",
  "in_reply_to_user_id" : 304067888,
  "text" : "@ag_dubs @steveklabnik please let me know what you find! I also believe you can create and submit PR's entirely via the Github UI.",
  "id" : 659789832147742721,
  "in_reply_to_status_id" : 659779225222819840,
  "created_at" : "2015-10-29 17:52:08 +0000",
  "in_reply_to_screen_name" : "ag_dubs",
  "in_reply_to_user_id_str" : "304067888",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "ashley williams",
      "screen_name" : "ag_dubs",
      "indices" : [ 3, 11 ],
      "id_str" : "304067888",
      "id" : 304067888
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659789697074380800",
  "text" : "RT @ag_dubs: i'm at the point where git cli is like home to me-- but a lot of people don't [need to ever] feel that way- what are the good \u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659779225222819840",
    "text" : "i'm at the point where git cli is like home to me-- but a lot of people don't [need to ever] feel that way- what are the good git GUIs?",
    "id" : 659779225222819840,
    "created_at" : "2015-10-29 17:10:00 +0000",
    "user" : {
      "name" : "ashley williams",
      "screen_name" : "ag_dubs",
      "protected" : false,
      "id_str" : "304067888",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/676185846068805636\/sVn10Lxy_normal.jpg",
      "id" : 304067888,
      "verified" : false
    }
  },
  "id" : 659789697074380800,
  "created_at" : "2015-10-29 17:51:36 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "David Menschel",
      "screen_name" : "davidminpdx",
      "indices" : [ 3, 15 ],
      "id_str" : "540435194",
      "id" : 540435194
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/davidminpdx\/status\/659775597413949440\/photo\/1",
      "indices" : [ 106, 129 ],
      "url" : "https:\/\/t.co\/PrT6orhJaw",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSf-aMyVEAESUwA.png",
      "id_str" : "659775596495441921",
      "id" : 659775596495441921,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSf-aMyVEAESUwA.png",
      "sizes" : [ {
        "h" : 278,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 288,
        "resize" : "fit",
        "w" : 620
      }, {
        "h" : 288,
        "resize" : "fit",
        "w" : 620
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 157,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/PrT6orhJaw"
    } ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 82, 105 ],
      "url" : "https:\/\/t.co\/TaEobgLqms",
      "expanded_url" : "http:\/\/www.slate.com\/articles\/news_and_politics\/crime\/2015\/10\/massachusetts_crime_lab_scandal_worsens_dookhan_and_farak.html",
      "display_url" : "slate.com\/articles\/news_\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "659789624512897024",
  "text" : "RT @davidminpdx: There is a *massive crime lab scandal going on in Massachusetts. https:\/\/t.co\/TaEobgLqms https:\/\/t.co\/PrT6orhJaw",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/davidminpdx\/status\/659775597413949440\/photo\/1",
        "indices" : [ 89, 112 ],
        "url" : "https:\/\/t.co\/PrT6orhJaw",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSf-aMyVEAESUwA.png",
        "id_str" : "659775596495441921",
        "id" : 659775596495441921,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSf-aMyVEAESUwA.png",
        "sizes" : [ {
          "h" : 278,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 288,
          "resize" : "fit",
          "w" : 620
        }, {
          "h" : 288,
          "resize" : "fit",
          "w" : 620
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 157,
          "resize" : "fit",
          "w" : 340
        } ],
        "display_url" : "pic.twitter.com\/PrT6orhJaw"
      } ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 65, 88 ],
        "url" : "https:\/\/t.co\/TaEobgLqms",
        "expanded_url" : "http:\/\/www.slate.com\/articles\/news_and_politics\/crime\/2015\/10\/massachusetts_crime_lab_scandal_worsens_dookhan_and_farak.html",
        "display_url" : "slate.com\/articles\/news_\u2026"
      } ]
    },
    "in_reply_to_status_id_str" : "659775298406211584",
    "geo" : { },
    "id_str" : "659775597413949440",
    "in_reply_to_user_id" : 540435194,
    "text" : "There is a *massive crime lab scandal going on in Massachusetts. https:\/\/t.co\/TaEobgLqms https:\/\/t.co\/PrT6orhJaw",
    "id" : 659775597413949440,
    "in_reply_to_status_id" : 659775298406211584,
    "created_at" : "2015-10-29 16:55:35 +0000",
    "in_reply_to_screen_name" : "davidminpdx",
    "in_reply_to_user_id_str" : "540435194",
    "user" : {
      "name" : "David Menschel",
      "screen_name" : "davidminpdx",
      "protected" : false,
      "id_str" : "540435194",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/2208416033\/roccox_normal.jpg",
      "id" : 540435194,
      "verified" : false
    }
  },
  "id" : 659789624512897024,
  "created_at" : "2015-10-29 17:51:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659749573896765440",
  "text" : "Twitter switching their spam\/multi-year lifecycle email campaign from self-hosted to ExactTarget",
  "id" : 659749573896765440,
  "created_at" : "2015-10-29 15:12:10 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Michael Coates \u2604",
      "screen_name" : "_mwc",
      "indices" : [ 3, 8 ],
      "id_str" : "16364066",
      "id" : 16364066
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/_mwc\/status\/659606993095659520\/photo\/1",
      "indices" : [ 79, 102 ],
      "url" : "https:\/\/t.co\/YSFmIgFrAt",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSdlEJvUkAAN1ok.png",
      "id_str" : "659606992441348096",
      "id" : 659606992441348096,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSdlEJvUkAAN1ok.png",
      "sizes" : [ {
        "h" : 265,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 150,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 374,
        "resize" : "fit",
        "w" : 844
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 374,
        "resize" : "fit",
        "w" : 844
      } ],
      "display_url" : "pic.twitter.com\/YSFmIgFrAt"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659608169493041152",
  "text" : "RT @_mwc: Starttls stripping observed from country to gmail over 7 day period. https:\/\/t.co\/YSFmIgFrAt",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/_mwc\/status\/659606993095659520\/photo\/1",
        "indices" : [ 69, 92 ],
        "url" : "https:\/\/t.co\/YSFmIgFrAt",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSdlEJvUkAAN1ok.png",
        "id_str" : "659606992441348096",
        "id" : 659606992441348096,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSdlEJvUkAAN1ok.png",
        "sizes" : [ {
          "h" : 265,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 150,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 374,
          "resize" : "fit",
          "w" : 844
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 374,
          "resize" : "fit",
          "w" : 844
        } ],
        "display_url" : "pic.twitter.com\/YSFmIgFrAt"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "659606026002415616",
    "geo" : { },
    "id_str" : "659606993095659520",
    "in_reply_to_user_id" : 16364066,
    "text" : "Starttls stripping observed from country to gmail over 7 day period. https:\/\/t.co\/YSFmIgFrAt",
    "id" : 659606993095659520,
    "in_reply_to_status_id" : 659606026002415616,
    "created_at" : "2015-10-29 05:45:36 +0000",
    "in_reply_to_screen_name" : "_mwc",
    "in_reply_to_user_id_str" : "16364066",
    "user" : {
      "name" : "Michael Coates \u2604",
      "screen_name" : "_mwc",
      "protected" : false,
      "id_str" : "16364066",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/484451644164169728\/BbVxXk3S_normal.jpeg",
      "id" : 16364066,
      "verified" : false
    }
  },
  "id" : 659608169493041152,
  "created_at" : "2015-10-29 05:50:17 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "j.r. hennessy",
      "screen_name" : "jrhennessy",
      "indices" : [ 3, 14 ],
      "id_str" : "187465681",
      "id" : 187465681
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/jrhennessy\/status\/659550930103201792\/photo\/1",
      "indices" : [ 56, 79 ],
      "url" : "https:\/\/t.co\/VCdliwXTUc",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CScyE03WwAEI36h.png",
      "id_str" : "659550928924753921",
      "id" : 659550928924753921,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CScyE03WwAEI36h.png",
      "sizes" : [ {
        "h" : 322,
        "resize" : "fit",
        "w" : 932
      }, {
        "h" : 117,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 207,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 322,
        "resize" : "fit",
        "w" : 932
      } ],
      "display_url" : "pic.twitter.com\/VCdliwXTUc"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659597088183861249",
  "text" : "RT @jrhennessy: *nodding and smiling* ah i am reassured https:\/\/t.co\/VCdliwXTUc",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/jrhennessy\/status\/659550930103201792\/photo\/1",
        "indices" : [ 40, 63 ],
        "url" : "https:\/\/t.co\/VCdliwXTUc",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CScyE03WwAEI36h.png",
        "id_str" : "659550928924753921",
        "id" : 659550928924753921,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CScyE03WwAEI36h.png",
        "sizes" : [ {
          "h" : 322,
          "resize" : "fit",
          "w" : 932
        }, {
          "h" : 117,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 207,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 322,
          "resize" : "fit",
          "w" : 932
        } ],
        "display_url" : "pic.twitter.com\/VCdliwXTUc"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659550930103201792",
    "text" : "*nodding and smiling* ah i am reassured https:\/\/t.co\/VCdliwXTUc",
    "id" : 659550930103201792,
    "created_at" : "2015-10-29 02:02:50 +0000",
    "user" : {
      "name" : "j.r. hennessy",
      "screen_name" : "jrhennessy",
      "protected" : false,
      "id_str" : "187465681",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/682171249460559872\/hvTTg1Hu_normal.jpg",
      "id" : 187465681,
      "verified" : false
    }
  },
  "id" : 659597088183861249,
  "created_at" : "2015-10-29 05:06:15 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "terrifyingifliteral",
      "indices" : [ 9, 29 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659443071097044992",
  "text" : "Deadline #terrifyingifliteral",
  "id" : 659443071097044992,
  "created_at" : "2015-10-28 18:54:14 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659390833016213508",
  "text" : "\u201CThe cloud\u201D is actually a metaphor",
  "id" : 659390833016213508,
  "created_at" : "2015-10-28 15:26:40 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ian Hamilton",
      "screen_name" : "hmltn",
      "indices" : [ 3, 9 ],
      "id_str" : "54501212",
      "id" : 54501212
    }, {
      "name" : "NextVR",
      "screen_name" : "NextVR_app",
      "indices" : [ 64, 75 ],
      "id_str" : "2663858912",
      "id" : 2663858912
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
      "indices" : [ 121, 140 ],
      "url" : "https:\/\/t.co\/tVMprZUiF4",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW4RIUAAAXTTg.jpg",
      "id_str" : "659239551383109632",
      "id" : 659239551383109632,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW4RIUAAAXTTg.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 950
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 366,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 646,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 950
      } ],
      "display_url" : "pic.twitter.com\/tVMprZUiF4"
    }, {
      "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
      "indices" : [ 121, 140 ],
      "url" : "https:\/\/t.co\/tVMprZUiF4",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5DZUsAEcS7C.jpg",
      "id_str" : "659239564876230657",
      "id" : 659239564876230657,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5DZUsAEcS7C.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 873
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 873
      }, {
        "h" : 398,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 703,
        "resize" : "fit",
        "w" : 600
      } ],
      "display_url" : "pic.twitter.com\/tVMprZUiF4"
    }, {
      "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
      "indices" : [ 121, 140 ],
      "url" : "https:\/\/t.co\/tVMprZUiF4",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5a9UsAEQoEF.jpg",
      "id_str" : "659239571201241089",
      "id" : 659239571201241089,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5a9UsAEQoEF.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 835
      }, {
        "h" : 416,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 835
      }, {
        "h" : 735,
        "resize" : "fit",
        "w" : 600
      } ],
      "display_url" : "pic.twitter.com\/tVMprZUiF4"
    }, {
      "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
      "indices" : [ 121, 140 ],
      "url" : "https:\/\/t.co\/tVMprZUiF4",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5zJU8AAWmeM.jpg",
      "id_str" : "659239577694040064",
      "id" : 659239577694040064,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5zJU8AAWmeM.jpg",
      "sizes" : [ {
        "h" : 398,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 225,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 680,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 680,
        "resize" : "fit",
        "w" : 1024
      } ],
      "display_url" : "pic.twitter.com\/tVMprZUiF4"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659381365117317120",
  "text" : "RT @hmltn: This is how a live NBA basketball game in VR looks w\/@NextVR_app. Looking straight, turnd left, right and up. https:\/\/t.co\/tVMpr\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/android\" rel=\"nofollow\"\u003ETwitter for Android\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "NextVR",
        "screen_name" : "NextVR_app",
        "indices" : [ 53, 64 ],
        "id_str" : "2663858912",
        "id" : 2663858912
      } ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
        "indices" : [ 110, 133 ],
        "url" : "https:\/\/t.co\/tVMprZUiF4",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW4RIUAAAXTTg.jpg",
        "id_str" : "659239551383109632",
        "id" : 659239551383109632,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW4RIUAAAXTTg.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 950
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 366,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 646,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 950
        } ],
        "display_url" : "pic.twitter.com\/tVMprZUiF4"
      }, {
        "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
        "indices" : [ 110, 133 ],
        "url" : "https:\/\/t.co\/tVMprZUiF4",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5DZUsAEcS7C.jpg",
        "id_str" : "659239564876230657",
        "id" : 659239564876230657,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5DZUsAEcS7C.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 873
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 873
        }, {
          "h" : 398,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 703,
          "resize" : "fit",
          "w" : 600
        } ],
        "display_url" : "pic.twitter.com\/tVMprZUiF4"
      }, {
        "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
        "indices" : [ 110, 133 ],
        "url" : "https:\/\/t.co\/tVMprZUiF4",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5a9UsAEQoEF.jpg",
        "id_str" : "659239571201241089",
        "id" : 659239571201241089,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5a9UsAEQoEF.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 835
        }, {
          "h" : 416,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 835
        }, {
          "h" : 735,
          "resize" : "fit",
          "w" : 600
        } ],
        "display_url" : "pic.twitter.com\/tVMprZUiF4"
      }, {
        "expanded_url" : "http:\/\/twitter.com\/hmltn\/status\/659239586032283648\/photo\/1",
        "indices" : [ 110, 133 ],
        "url" : "https:\/\/t.co\/tVMprZUiF4",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSYW5zJU8AAWmeM.jpg",
        "id_str" : "659239577694040064",
        "id" : 659239577694040064,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSYW5zJU8AAWmeM.jpg",
        "sizes" : [ {
          "h" : 398,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 225,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 680,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 680,
          "resize" : "fit",
          "w" : 1024
        } ],
        "display_url" : "pic.twitter.com\/tVMprZUiF4"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659239586032283648",
    "text" : "This is how a live NBA basketball game in VR looks w\/@NextVR_app. Looking straight, turnd left, right and up. https:\/\/t.co\/tVMprZUiF4",
    "id" : 659239586032283648,
    "created_at" : "2015-10-28 05:25:40 +0000",
    "user" : {
      "name" : "Ian Hamilton",
      "screen_name" : "hmltn",
      "protected" : false,
      "id_str" : "54501212",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/582605377457430528\/N-TIbX-6_normal.jpg",
      "id" : 54501212,
      "verified" : false
    }
  },
  "id" : 659381365117317120,
  "created_at" : "2015-10-28 14:49:02 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "James Queen",
      "screen_name" : "JPQ",
      "indices" : [ 3, 7 ],
      "id_str" : "14399252",
      "id" : 14399252
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659220866555711488",
  "text" : "RT @JPQ: Just went through the World Series Twitter moment and can't find the score.",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659219086748987392",
    "text" : "Just went through the World Series Twitter moment and can't find the score.",
    "id" : 659219086748987392,
    "created_at" : "2015-10-28 04:04:12 +0000",
    "user" : {
      "name" : "James Queen",
      "screen_name" : "JPQ",
      "protected" : false,
      "id_str" : "14399252",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/509209464696619009\/2zBJvks7_normal.jpeg",
      "id" : 14399252,
      "verified" : false
    }
  },
  "id" : 659220866555711488,
  "created_at" : "2015-10-28 04:11:16 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Phillip Bowden",
      "screen_name" : "pbowden",
      "indices" : [ 3, 11 ],
      "id_str" : "2134761",
      "id" : 2134761
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "659123988480684032",
  "text" : "RT @pbowden: When I\u2019m president, Inheritance will be illegal. All kinds.",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "659109364305928196",
    "text" : "When I\u2019m president, Inheritance will be illegal. All kinds.",
    "id" : 659109364305928196,
    "created_at" : "2015-10-27 20:48:12 +0000",
    "user" : {
      "name" : "Phillip Bowden",
      "screen_name" : "pbowden",
      "protected" : false,
      "id_str" : "2134761",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/684526221833670656\/_JZWEIBo_normal.png",
      "id" : 2134761,
      "verified" : false
    }
  },
  "id" : 659123988480684032,
  "created_at" : "2015-10-27 21:46:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "jessicard",
      "screen_name" : "jessicard",
      "indices" : [ 0, 10 ],
      "id_str" : "253464752",
      "id" : 253464752
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658796150611316736",
  "geo" : { },
  "id_str" : "658853494435155968",
  "in_reply_to_user_id" : 253464752,
  "text" : "@jessicard \u201Chey where the hell Ubintu learn to send awful recruiting emails like that?\u201D i\u2019ll see myself out",
  "id" : 658853494435155968,
  "in_reply_to_status_id" : 658796150611316736,
  "created_at" : "2015-10-27 03:51:28 +0000",
  "in_reply_to_screen_name" : "jessicard",
  "in_reply_to_user_id_str" : "253464752",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/658831162802987009\/photo\/1",
      "indices" : [ 68, 91 ],
      "url" : "https:\/\/t.co\/Avzonx46X3",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSSjczQVEAAjanG.png",
      "id_str" : "658831160693297152",
      "id" : 658831160693297152,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSSjczQVEAAjanG.png",
      "sizes" : [ {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      }, {
        "h" : 1067,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 604,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/Avzonx46X3"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658831162802987009",
  "text" : "Haven\u2019t been able to access the App Store over LTE for 2 months AMA https:\/\/t.co\/Avzonx46X3",
  "id" : 658831162802987009,
  "created_at" : "2015-10-27 02:22:44 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Caroline Sinders",
      "screen_name" : "carolinesinders",
      "indices" : [ 3, 19 ],
      "id_str" : "22389244",
      "id" : 22389244
    }, {
      "name" : "SXSW",
      "screen_name" : "sxsw",
      "indices" : [ 24, 29 ],
      "id_str" : "784304",
      "id" : 784304
    }, {
      "name" : "Katherine Cross",
      "screen_name" : "Quinnae_Moon",
      "indices" : [ 49, 62 ],
      "id_str" : "213169226",
      "id" : 213169226
    }, {
      "name" : "Randi Lee Harper",
      "screen_name" : "randileeharper",
      "indices" : [ 67, 82 ],
      "id_str" : "13857342",
      "id" : 13857342
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658757723857666048",
  "text" : "RT @carolinesinders: so @SXSW just canceled our (@Quinnae_Moon and @randileeharper)'s panel due to the number of threats of violence they h\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "SXSW",
        "screen_name" : "sxsw",
        "indices" : [ 3, 8 ],
        "id_str" : "784304",
        "id" : 784304
      }, {
        "name" : "Katherine Cross",
        "screen_name" : "Quinnae_Moon",
        "indices" : [ 28, 41 ],
        "id_str" : "213169226",
        "id" : 213169226
      }, {
        "name" : "Randi Lee Harper",
        "screen_name" : "randileeharper",
        "indices" : [ 46, 61 ],
        "id_str" : "13857342",
        "id" : 13857342
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "658743209808568320",
    "text" : "so @SXSW just canceled our (@Quinnae_Moon and @randileeharper)'s panel due to the number of threats of violence they have received.",
    "id" : 658743209808568320,
    "created_at" : "2015-10-26 20:33:14 +0000",
    "user" : {
      "name" : "Caroline Sinders",
      "screen_name" : "carolinesinders",
      "protected" : false,
      "id_str" : "22389244",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/693820159321051136\/TKxlXcqU_normal.png",
      "id" : 22389244,
      "verified" : false
    }
  },
  "id" : 658757723857666048,
  "created_at" : "2015-10-26 21:30:55 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 3, 11 ],
      "id_str" : "20844341",
      "id" : 20844341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658757536841990144",
  "text" : "RT @patio11: \"So I'm clear on this: our business is to employ people who can't actually do worthwhile work, train them up, then hand to com\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "658741294206816256",
    "geo" : { },
    "id_str" : "658741607529779202",
    "in_reply_to_user_id" : 20844341,
    "text" : "\"So I'm clear on this: our business is to employ people who can't actually do worthwhile work, train them up, then hand to competition?\"",
    "id" : 658741607529779202,
    "in_reply_to_status_id" : 658741294206816256,
    "created_at" : "2015-10-26 20:26:52 +0000",
    "in_reply_to_screen_name" : "patio11",
    "in_reply_to_user_id_str" : "20844341",
    "user" : {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "protected" : false,
      "id_str" : "20844341",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476049306072276993\/s9QMnPC5_normal.jpeg",
      "id" : 20844341,
      "verified" : false
    }
  },
  "id" : 658757536841990144,
  "created_at" : "2015-10-26 21:30:10 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 3, 11 ],
      "id_str" : "20844341",
      "id" : 20844341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658757527971102720",
  "text" : "RT @patio11: Old day job: \"Why do we have X% employee churn?\" \"Market wages exploding; we don't match.\" \"Why not?\" \"Can't afford to. Hire n\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "658741294206816256",
    "text" : "Old day job: \"Why do we have X% employee churn?\" \"Market wages exploding; we don't match.\" \"Why not?\" \"Can't afford to. Hire newbs; replace\"",
    "id" : 658741294206816256,
    "created_at" : "2015-10-26 20:25:38 +0000",
    "user" : {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "protected" : false,
      "id_str" : "20844341",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476049306072276993\/s9QMnPC5_normal.jpeg",
      "id" : 20844341,
      "verified" : false
    }
  },
  "id" : 658757527971102720,
  "created_at" : "2015-10-26 21:30:08 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "ry\u03B1\u03B7j",
      "screen_name" : "ryanj",
      "indices" : [ 3, 9 ],
      "id_str" : "14945367",
      "id" : 14945367
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ryanj\/status\/658693882805252096\/photo\/1",
      "indices" : [ 90, 113 ],
      "url" : "https:\/\/t.co\/z4QKzrvCaf",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSQmkj4UkAAaKXA.jpg",
      "id_str" : "658693855051550720",
      "id" : 658693855051550720,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSQmkj4UkAAaKXA.jpg",
      "sizes" : [ {
        "h" : 1520,
        "resize" : "fit",
        "w" : 2048
      }, {
        "h" : 445,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 760,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 252,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/z4QKzrvCaf"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658757443359404032",
  "text" : "RT @ryanj: Nothing says \"Cloud\" like blocking a major street in SF with an expensive boat https:\/\/t.co\/z4QKzrvCaf",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/android\" rel=\"nofollow\"\u003ETwitter for Android\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/ryanj\/status\/658693882805252096\/photo\/1",
        "indices" : [ 79, 102 ],
        "url" : "https:\/\/t.co\/z4QKzrvCaf",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CSQmkj4UkAAaKXA.jpg",
        "id_str" : "658693855051550720",
        "id" : 658693855051550720,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSQmkj4UkAAaKXA.jpg",
        "sizes" : [ {
          "h" : 1520,
          "resize" : "fit",
          "w" : 2048
        }, {
          "h" : 445,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 760,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 252,
          "resize" : "fit",
          "w" : 340
        } ],
        "display_url" : "pic.twitter.com\/z4QKzrvCaf"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "658693882805252096",
    "text" : "Nothing says \"Cloud\" like blocking a major street in SF with an expensive boat https:\/\/t.co\/z4QKzrvCaf",
    "id" : 658693882805252096,
    "created_at" : "2015-10-26 17:17:14 +0000",
    "user" : {
      "name" : "ry\u03B1\u03B7j",
      "screen_name" : "ryanj",
      "protected" : false,
      "id_str" : "14945367",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/578686418551062528\/sjVkH9J7_normal.png",
      "id" : 14945367,
      "verified" : false
    }
  },
  "id" : 658757443359404032,
  "created_at" : "2015-10-26 21:29:48 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "indices" : [ 0, 6 ],
      "id_str" : "49820803",
      "id" : 49820803
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 21, 44 ],
      "url" : "https:\/\/t.co\/xhdgx4Nkvu",
      "expanded_url" : "https:\/\/twitter.com\/dril\/status\/132123696079962113",
      "display_url" : "twitter.com\/dril\/status\/13\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "658724344642838529",
  "geo" : { },
  "id_str" : "658729916612018176",
  "in_reply_to_user_id" : 49820803,
  "text" : "@aphyr reminds me of https:\/\/t.co\/xhdgx4Nkvu",
  "id" : 658729916612018176,
  "in_reply_to_status_id" : 658724344642838529,
  "created_at" : "2015-10-26 19:40:25 +0000",
  "in_reply_to_screen_name" : "aphyr",
  "in_reply_to_user_id_str" : "49820803",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Einar Vollset",
      "screen_name" : "einarvollset",
      "indices" : [ 0, 13 ],
      "id_str" : "9232562",
      "id" : 9232562
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658500033029935104",
  "geo" : { },
  "id_str" : "658514568914726912",
  "in_reply_to_user_id" : 9232562,
  "text" : "@einarvollset was trying to make a joke :(",
  "id" : 658514568914726912,
  "in_reply_to_status_id" : 658500033029935104,
  "created_at" : "2015-10-26 05:24:42 +0000",
  "in_reply_to_screen_name" : "einarvollset",
  "in_reply_to_user_id_str" : "9232562",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658492828352319488",
  "text" : "Bed Bath and Beyond was founded in 1978 by James Bed, Michael Bath, and Lauren Beyond. [1]",
  "id" : 658492828352319488,
  "created_at" : "2015-10-26 03:58:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658425930323390468",
  "text" : "What a goal from Amarikwa!!!!",
  "id" : 658425930323390468,
  "created_at" : "2015-10-25 23:32:29 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/658423659116171265\/photo\/1",
      "indices" : [ 35, 58 ],
      "url" : "https:\/\/t.co\/Hzx0oMUMxS",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSMw1AGVAAAoIP9.jpg",
      "id_str" : "658423657643966464",
      "id" : 658423657643966464,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSMw1AGVAAAoIP9.jpg",
      "sizes" : [ {
        "h" : 1365,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 3264,
        "resize" : "fit",
        "w" : 2448
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/Hzx0oMUMxS"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658423659116171265",
  "text" : "Last day of the MLS regular season https:\/\/t.co\/Hzx0oMUMxS",
  "id" : 658423659116171265,
  "created_at" : "2015-10-25 23:23:27 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrey Petrov",
      "screen_name" : "shazow",
      "indices" : [ 0, 7 ],
      "id_str" : "796601",
      "id" : 796601
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658359045456195584",
  "geo" : { },
  "id_str" : "658365182326910976",
  "in_reply_to_user_id" : 796601,
  "text" : "@shazow Sexy head of line blocking",
  "id" : 658365182326910976,
  "in_reply_to_status_id" : 658359045456195584,
  "created_at" : "2015-10-25 19:31:05 +0000",
  "in_reply_to_screen_name" : "shazow",
  "in_reply_to_user_id_str" : "796601",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrey Petrov",
      "screen_name" : "shazow",
      "indices" : [ 0, 7 ],
      "id_str" : "796601",
      "id" : 796601
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658357590380843008",
  "geo" : { },
  "id_str" : "658358474804301824",
  "in_reply_to_user_id" : 796601,
  "text" : "@shazow I\u2019m going as a sexy protocol negotiation",
  "id" : 658358474804301824,
  "in_reply_to_status_id" : 658357590380843008,
  "created_at" : "2015-10-25 19:04:26 +0000",
  "in_reply_to_screen_name" : "shazow",
  "in_reply_to_user_id_str" : "796601",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "are branson?",
      "screen_name" : "rbranson",
      "indices" : [ 0, 9 ],
      "id_str" : "5264791",
      "id" : 5264791
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/658054974690033664\/photo\/1",
      "indices" : [ 10, 33 ],
      "url" : "https:\/\/t.co\/daRBX8QwFr",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CSHhgwTUwAAhS-0.png",
      "id_str" : "658054973410820096",
      "id" : 658054973410820096,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CSHhgwTUwAAhS-0.png",
      "sizes" : [ {
        "h" : 1067,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      }, {
        "h" : 604,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      } ],
      "display_url" : "pic.twitter.com\/daRBX8QwFr"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658048918241062913",
  "geo" : { },
  "id_str" : "658054974690033664",
  "in_reply_to_user_id" : 5264791,
  "text" : "@rbranson https:\/\/t.co\/daRBX8QwFr",
  "id" : 658054974690033664,
  "in_reply_to_status_id" : 658048918241062913,
  "created_at" : "2015-10-24 22:58:26 +0000",
  "in_reply_to_screen_name" : "rbranson",
  "in_reply_to_user_id_str" : "5264791",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jordan Scales",
      "screen_name" : "jdan",
      "indices" : [ 0, 5 ],
      "id_str" : "23481558",
      "id" : 23481558
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "658036197625851904",
  "geo" : { },
  "id_str" : "658053853837811712",
  "in_reply_to_user_id" : 23481558,
  "text" : "@jdan it p easy just yell \u201CBIG BOOT\u201D right before someone is about to kick it",
  "id" : 658053853837811712,
  "in_reply_to_status_id" : 658036197625851904,
  "created_at" : "2015-10-24 22:53:59 +0000",
  "in_reply_to_screen_name" : "jdan",
  "in_reply_to_user_id_str" : "23481558",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658023043214667777",
  "text" : "Saw both \u201CHHVM\u201D and \u201CANYCAST\u201D vanity license plates this morning",
  "id" : 658023043214667777,
  "created_at" : "2015-10-24 20:51:33 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "658014492345790464",
  "text" : "Let's be honest, your company's hackathon might have a \"best hack\" prize, but the way you win is by shipping the thing you built to prod",
  "id" : 658014492345790464,
  "created_at" : "2015-10-24 20:17:34 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Peter Hosey",
      "screen_name" : "boredzo",
      "indices" : [ 3, 11 ],
      "id_str" : "12995622",
      "id" : 12995622
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 107, 130 ],
      "url" : "https:\/\/t.co\/2opPRa1DjI",
      "expanded_url" : "https:\/\/twitter.com\/boredzo\/status\/549582777956323331",
      "display_url" : "twitter.com\/boredzo\/status\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657996701421039616",
  "text" : "RT @boredzo: You probably want to do this year's YYYY audit soon, because 2016 starts on Dec 26 this year: https:\/\/t.co\/2opPRa1DjI",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 94, 117 ],
        "url" : "https:\/\/t.co\/2opPRa1DjI",
        "expanded_url" : "https:\/\/twitter.com\/boredzo\/status\/549582777956323331",
        "display_url" : "twitter.com\/boredzo\/status\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "657824651284840448",
    "text" : "You probably want to do this year's YYYY audit soon, because 2016 starts on Dec 26 this year: https:\/\/t.co\/2opPRa1DjI",
    "id" : 657824651284840448,
    "created_at" : "2015-10-24 07:43:13 +0000",
    "user" : {
      "name" : "Peter Hosey",
      "screen_name" : "boredzo",
      "protected" : false,
      "id_str" : "12995622",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/639564747268947970\/fAUZmeM0_normal.jpg",
      "id" : 12995622,
      "verified" : false
    }
  },
  "id" : 657996701421039616,
  "created_at" : "2015-10-24 19:06:53 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Peter Bailis",
      "screen_name" : "pbailis",
      "indices" : [ 0, 8 ],
      "id_str" : "353206839",
      "id" : 353206839
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657662837008019456",
  "geo" : { },
  "id_str" : "657706714423128064",
  "in_reply_to_user_id" : 353206839,
  "text" : "@pbailis oh gosh! thanks for writing the paper\/doing the research!",
  "id" : 657706714423128064,
  "in_reply_to_status_id" : 657662837008019456,
  "created_at" : "2015-10-23 23:54:34 +0000",
  "in_reply_to_screen_name" : "pbailis",
  "in_reply_to_user_id_str" : "353206839",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Swiftiness",
      "screen_name" : "t_crayford",
      "indices" : [ 0, 11 ],
      "id_str" : "14408908",
      "id" : 14408908
    }, {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 12, 27 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657695333653303296",
  "geo" : { },
  "id_str" : "657697338392080386",
  "in_reply_to_user_id" : 14408908,
  "text" : "@t_crayford @gabrielgironda \u201CWe get very worried when your password has a max length requirement\u201D",
  "id" : 657697338392080386,
  "in_reply_to_status_id" : 657695333653303296,
  "created_at" : "2015-10-23 23:17:19 +0000",
  "in_reply_to_screen_name" : "t_crayford",
  "in_reply_to_user_id_str" : "14408908",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Christophe le fou",
      "screen_name" : "cmeik",
      "indices" : [ 3, 9 ],
      "id_str" : "6815762",
      "id" : 6815762
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 71, 94 ],
      "url" : "https:\/\/t.co\/OKJqkdp1Fb",
      "expanded_url" : "https:\/\/www.mongodb.com\/use-cases\/internet-of-things",
      "display_url" : "mongodb.com\/use-cases\/inte\u2026"
    }, {
      "indices" : [ 95, 118 ],
      "url" : "https:\/\/t.co\/eriRAzsRK3",
      "expanded_url" : "http:\/\/www.datastax.com\/2014\/06\/implementinternet-of-things-with-the-right-database",
      "display_url" : "datastax.com\/2014\/06\/implem\u2026"
    }, {
      "indices" : [ 119, 140 ],
      "url" : "https:\/\/t.co\/EgduJQOBnE",
      "expanded_url" : "http:\/\/basho.com\/use-cases\/sensor-data-iot\/",
      "display_url" : "basho.com\/use-cases\/sens\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657694075710115840",
  "text" : "RT @cmeik: It appears that every database is the right choice for IoT:\nhttps:\/\/t.co\/OKJqkdp1Fb\nhttps:\/\/t.co\/eriRAzsRK3\nhttps:\/\/t.co\/EgduJQO\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 60, 83 ],
        "url" : "https:\/\/t.co\/OKJqkdp1Fb",
        "expanded_url" : "https:\/\/www.mongodb.com\/use-cases\/internet-of-things",
        "display_url" : "mongodb.com\/use-cases\/inte\u2026"
      }, {
        "indices" : [ 84, 107 ],
        "url" : "https:\/\/t.co\/eriRAzsRK3",
        "expanded_url" : "http:\/\/www.datastax.com\/2014\/06\/implementinternet-of-things-with-the-right-database",
        "display_url" : "datastax.com\/2014\/06\/implem\u2026"
      }, {
        "indices" : [ 108, 131 ],
        "url" : "https:\/\/t.co\/EgduJQOBnE",
        "expanded_url" : "http:\/\/basho.com\/use-cases\/sensor-data-iot\/",
        "display_url" : "basho.com\/use-cases\/sens\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "657684952180363264",
    "text" : "It appears that every database is the right choice for IoT:\nhttps:\/\/t.co\/OKJqkdp1Fb\nhttps:\/\/t.co\/eriRAzsRK3\nhttps:\/\/t.co\/EgduJQOBnE",
    "id" : 657684952180363264,
    "created_at" : "2015-10-23 22:28:06 +0000",
    "user" : {
      "name" : "Christophe le fou",
      "screen_name" : "cmeik",
      "protected" : false,
      "id_str" : "6815762",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/690971335732940801\/VInGGonw_normal.jpg",
      "id" : 6815762,
      "verified" : false
    }
  },
  "id" : 657694075710115840,
  "created_at" : "2015-10-23 23:04:21 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 3, 18 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657688293375537152",
  "text" : "RT @gabrielgironda: fund my kickstarter to have a plane skywrite \"stop validating email addresses with bad regexps\" across the bay area for\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "657687934607474688",
    "text" : "fund my kickstarter to have a plane skywrite \"stop validating email addresses with bad regexps\" across the bay area for two weeks straight",
    "id" : 657687934607474688,
    "created_at" : "2015-10-23 22:39:57 +0000",
    "user" : {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "protected" : false,
      "id_str" : "267895957",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/689858607484014593\/WYGFXmS1_normal.jpg",
      "id" : 267895957,
      "verified" : false
    }
  },
  "id" : 657688293375537152,
  "created_at" : "2015-10-23 22:41:23 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Gem Barrett",
      "screen_name" : "gembarrett",
      "indices" : [ 3, 14 ],
      "id_str" : "43727347",
      "id" : 43727347
    }, {
      "name" : "Alan Francis",
      "screen_name" : "PossiblyAlan",
      "indices" : [ 18, 31 ],
      "id_str" : "2372109123",
      "id" : 2372109123
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657630601688797184",
  "text" : "RT @gembarrett: . @PossiblyAlan I get sad when that organiser dismisses code of conduct resources I send over because of \"bad feelings abou\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Alan Francis",
        "screen_name" : "PossiblyAlan",
        "indices" : [ 2, 15 ],
        "id_str" : "2372109123",
        "id" : 2372109123
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "657603357360672768",
    "geo" : { },
    "id_str" : "657603575359623168",
    "in_reply_to_user_id" : 43727347,
    "text" : ". @PossiblyAlan I get sad when that organiser dismisses code of conduct resources I send over because of \"bad feelings about Ashe Dryden\"",
    "id" : 657603575359623168,
    "in_reply_to_status_id" : 657603357360672768,
    "created_at" : "2015-10-23 17:04:44 +0000",
    "in_reply_to_screen_name" : "gembarrett",
    "in_reply_to_user_id_str" : "43727347",
    "user" : {
      "name" : "Gem Barrett",
      "screen_name" : "gembarrett",
      "protected" : false,
      "id_str" : "43727347",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/680160317289185280\/PqVODZkG_normal.jpg",
      "id" : 43727347,
      "verified" : false
    }
  },
  "id" : 657630601688797184,
  "created_at" : "2015-10-23 18:52:08 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Gem Barrett",
      "screen_name" : "gembarrett",
      "indices" : [ 3, 14 ],
      "id_str" : "43727347",
      "id" : 43727347
    }, {
      "name" : "Alan Francis",
      "screen_name" : "PossiblyAlan",
      "indices" : [ 17, 30 ],
      "id_str" : "2372109123",
      "id" : 2372109123
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657630548010147840",
  "text" : "RT @gembarrett: .@PossiblyAlan Really appreciate the sad face, Alan, it means a lot. Since we're getting emotional here, want to know what \u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Alan Francis",
        "screen_name" : "PossiblyAlan",
        "indices" : [ 1, 14 ],
        "id_str" : "2372109123",
        "id" : 2372109123
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "657484702857711616",
    "geo" : { },
    "id_str" : "657602480138788865",
    "in_reply_to_user_id" : 2372109123,
    "text" : ".@PossiblyAlan Really appreciate the sad face, Alan, it means a lot. Since we're getting emotional here, want to know what makes me sad?",
    "id" : 657602480138788865,
    "in_reply_to_status_id" : 657484702857711616,
    "created_at" : "2015-10-23 17:00:23 +0000",
    "in_reply_to_screen_name" : "PossiblyAlan",
    "in_reply_to_user_id_str" : "2372109123",
    "user" : {
      "name" : "Gem Barrett",
      "screen_name" : "gembarrett",
      "protected" : false,
      "id_str" : "43727347",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/680160317289185280\/PqVODZkG_normal.jpg",
      "id" : 43727347,
      "verified" : false
    }
  },
  "id" : 657630548010147840,
  "created_at" : "2015-10-23 18:51:55 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657574383737634816",
  "text" : "My favorite lifecycle email is \u201Cwe told everyone about maintenance window\/to change pw\/outage and accidentally reactivated 5% of userbase\u201D",
  "id" : 657574383737634816,
  "created_at" : "2015-10-23 15:08:44 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 0, 8 ],
      "id_str" : "20844341",
      "id" : 20844341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 56, 79 ],
      "url" : "https:\/\/t.co\/ZJurIlUwUo",
      "expanded_url" : "https:\/\/kev.inburke.com\/kevin\/faster-correct-database-queries\/",
      "display_url" : "kev.inburke.com\/kevin\/faster-c\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "657551634478698496",
  "geo" : { },
  "id_str" : "657557859371102208",
  "in_reply_to_user_id" : 20844341,
  "text" : "@patio11 haha I wrote about exactly this a few days ago https:\/\/t.co\/ZJurIlUwUo",
  "id" : 657557859371102208,
  "in_reply_to_status_id" : 657551634478698496,
  "created_at" : "2015-10-23 14:03:05 +0000",
  "in_reply_to_screen_name" : "patio11",
  "in_reply_to_user_id_str" : "20844341",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657394816817344513",
  "text" : "Anyone have links to poll results for SF ballot props\/supervisor elections?",
  "id" : 657394816817344513,
  "created_at" : "2015-10-23 03:15:12 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657383109839589376",
  "text" : "Have been averaging 2 pieces of Peskin\/Christensen mail per day for the last 3 weeks. 70\/30 pro-Peskin\/Christensen attack ads",
  "id" : 657383109839589376,
  "created_at" : "2015-10-23 02:28:41 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 19, 42 ],
      "url" : "https:\/\/t.co\/XkpAW55BVa",
      "expanded_url" : "https:\/\/api.monosnap.com\/rpc\/file\/download?id=B52xbhCaDPL8IvStJu13Hv4XIrNhyr",
      "display_url" : "api.monosnap.com\/rpc\/file\/downl\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657362016374423552",
  "text" : "thought leadership https:\/\/t.co\/XkpAW55BVa",
  "id" : 657362016374423552,
  "created_at" : "2015-10-23 01:04:52 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657350196406280192",
  "text" : "love to read an engineering blog post that convinces me to never, ever, ever work at a company\/use their product",
  "id" : 657350196406280192,
  "created_at" : "2015-10-23 00:17:54 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 26, 49 ],
      "url" : "https:\/\/t.co\/xAc0zG3iRF",
      "expanded_url" : "http:\/\/skade.me\/blog\/2015\/fosdem-2015.html",
      "display_url" : "skade.me\/blog\/2015\/fosd\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657324745105342464",
  "text" : "FOSDEM is an unsafe space https:\/\/t.co\/xAc0zG3iRF",
  "id" : 657324745105342464,
  "created_at" : "2015-10-22 22:36:46 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Charity Majors",
      "screen_name" : "mipsytipsy",
      "indices" : [ 3, 14 ],
      "id_str" : "90488576",
      "id" : 90488576
    }, {
      "name" : "Tikhon Bernstam",
      "screen_name" : "tikhon",
      "indices" : [ 108, 115 ],
      "id_str" : "982341",
      "id" : 982341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 117, 140 ],
      "url" : "https:\/\/t.co\/qwskONtCHj",
      "expanded_url" : "https:\/\/medium.com\/@tikhon\/founders-it-s-not-1990-stop-treating-your-employees-like-it-is-523f48fe90cb#.1net4ecyr",
      "display_url" : "medium.com\/@tikhon\/founde\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657321119205093376",
  "text" : "RT @mipsytipsy: who bears the most risk joining a startup?  not investors, not founders: employees.  preach @Tikhon  https:\/\/t.co\/qwskONtCHj",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Tikhon Bernstam",
        "screen_name" : "tikhon",
        "indices" : [ 92, 99 ],
        "id_str" : "982341",
        "id" : 982341
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 101, 124 ],
        "url" : "https:\/\/t.co\/qwskONtCHj",
        "expanded_url" : "https:\/\/medium.com\/@tikhon\/founders-it-s-not-1990-stop-treating-your-employees-like-it-is-523f48fe90cb#.1net4ecyr",
        "display_url" : "medium.com\/@tikhon\/founde\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "657070906951401472",
    "text" : "who bears the most risk joining a startup?  not investors, not founders: employees.  preach @Tikhon  https:\/\/t.co\/qwskONtCHj",
    "id" : 657070906951401472,
    "created_at" : "2015-10-22 05:48:06 +0000",
    "user" : {
      "name" : "Charity Majors",
      "screen_name" : "mipsytipsy",
      "protected" : false,
      "id_str" : "90488576",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/424987149314711553\/GSRpfedQ_normal.jpeg",
      "id" : 90488576,
      "verified" : false
    }
  },
  "id" : 657321119205093376,
  "created_at" : "2015-10-22 22:22:21 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Charity Majors",
      "screen_name" : "mipsytipsy",
      "indices" : [ 3, 14 ],
      "id_str" : "90488576",
      "id" : 90488576
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657321043510489088",
  "text" : "RT @mipsytipsy: p.s. if you want to hire more\/better employees consider PAYING THEM MORE",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "657070906951401472",
    "geo" : { },
    "id_str" : "657071148060905473",
    "in_reply_to_user_id" : 90488576,
    "text" : "p.s. if you want to hire more\/better employees consider PAYING THEM MORE",
    "id" : 657071148060905473,
    "in_reply_to_status_id" : 657070906951401472,
    "created_at" : "2015-10-22 05:49:04 +0000",
    "in_reply_to_screen_name" : "mipsytipsy",
    "in_reply_to_user_id_str" : "90488576",
    "user" : {
      "name" : "Charity Majors",
      "screen_name" : "mipsytipsy",
      "protected" : false,
      "id_str" : "90488576",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/424987149314711553\/GSRpfedQ_normal.jpeg",
      "id" : 90488576,
      "verified" : false
    }
  },
  "id" : 657321043510489088,
  "created_at" : "2015-10-22 22:22:03 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "@meat",
      "screen_name" : "meat",
      "indices" : [ 3, 8 ],
      "id_str" : "21006515",
      "id" : 21006515
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657319834661752832",
  "text" : "RT @meat: what idiot called it functional programming with immutable data structures and not separation of Church and state",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "521765413043314689",
    "text" : "what idiot called it functional programming with immutable data structures and not separation of Church and state",
    "id" : 521765413043314689,
    "created_at" : "2014-10-13 20:52:23 +0000",
    "user" : {
      "name" : "@meat",
      "screen_name" : "meat",
      "protected" : false,
      "id_str" : "21006515",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/684839823337590784\/_aml-lwV_normal.jpg",
      "id" : 21006515,
      "verified" : false
    }
  },
  "id" : 657319834661752832,
  "created_at" : "2015-10-22 22:17:15 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Hunter Walk",
      "screen_name" : "hunterwalk",
      "indices" : [ 3, 14 ],
      "id_str" : "46063",
      "id" : 46063
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 53, 76 ],
      "url" : "https:\/\/t.co\/FUYuUhT3rl",
      "expanded_url" : "https:\/\/twitter.com\/horsleybridge\/status\/657288489331855360",
      "display_url" : "twitter.com\/horsleybridge\/\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "657319388505247745",
  "text" : "RT @hunterwalk: Venture mkt data from one of top LPs https:\/\/t.co\/FUYuUhT3rl",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 37, 60 ],
        "url" : "https:\/\/t.co\/FUYuUhT3rl",
        "expanded_url" : "https:\/\/twitter.com\/horsleybridge\/status\/657288489331855360",
        "display_url" : "twitter.com\/horsleybridge\/\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "657304395135062016",
    "text" : "Venture mkt data from one of top LPs https:\/\/t.co\/FUYuUhT3rl",
    "id" : 657304395135062016,
    "created_at" : "2015-10-22 21:15:54 +0000",
    "user" : {
      "name" : "Hunter Walk",
      "screen_name" : "hunterwalk",
      "protected" : false,
      "id_str" : "46063",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/3530636661\/448f950491b7c174df124e6ce8d7ba79_normal.png",
      "id" : 46063,
      "verified" : false
    }
  },
  "id" : 657319388505247745,
  "created_at" : "2015-10-22 22:15:29 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Rob Spectre",
      "screen_name" : "dN0t",
      "indices" : [ 0, 5 ],
      "id_str" : "10947242",
      "id" : 10947242
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657180361852497920",
  "geo" : { },
  "id_str" : "657190353896779776",
  "in_reply_to_user_id" : 10947242,
  "text" : "@dN0t *waits in cigar room impatiently, insisting to colleagues that your 80 days are up*",
  "id" : 657190353896779776,
  "in_reply_to_status_id" : 657180361852497920,
  "created_at" : "2015-10-22 13:42:45 +0000",
  "in_reply_to_screen_name" : "dN0t",
  "in_reply_to_user_id_str" : "10947242",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Shyp",
      "screen_name" : "shyp",
      "indices" : [ 0, 5 ],
      "id_str" : "1406374028",
      "id" : 1406374028
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657169819133853696",
  "geo" : { },
  "id_str" : "657189959934185473",
  "in_reply_to_user_id" : 1406374028,
  "text" : "@shyp gotta update your profile URL to HTTPS!",
  "id" : 657189959934185473,
  "in_reply_to_status_id" : 657169819133853696,
  "created_at" : "2015-10-22 13:41:11 +0000",
  "in_reply_to_screen_name" : "shyp",
  "in_reply_to_user_id_str" : "1406374028",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "KEVIN BURKE",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657034565094019072",
  "geo" : { },
  "id_str" : "657034712829947905",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek one unclear button, no \u201Care you sure you want to do this\u201D confirmation, no way to undo\/cancel.",
  "id" : 657034712829947905,
  "in_reply_to_status_id" : 657034565094019072,
  "created_at" : "2015-10-22 03:24:17 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "657034565094019072",
  "text" : "Wow awful experience on EBay\u2026 buyer disputed a \u201Cfor parts\u201D purchase, I clicked an unclear button in UI &amp; now I have \u201Caccepted\u201D the return",
  "id" : 657034565094019072,
  "created_at" : "2015-10-22 03:23:42 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "jessicard",
      "screen_name" : "jessicard",
      "indices" : [ 0, 10 ],
      "id_str" : "253464752",
      "id" : 253464752
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/657015906179026944\/photo\/1",
      "indices" : [ 65, 88 ],
      "url" : "https:\/\/t.co\/lZknpgqqQ0",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CR4we56UwAEWsb-.jpg",
      "id_str" : "657015903142330369",
      "id" : 657015903142330369,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CR4we56UwAEWsb-.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/lZknpgqqQ0"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "657006558291828736",
  "geo" : { },
  "id_str" : "657015906179026944",
  "in_reply_to_user_id" : 253464752,
  "text" : "@jessicard drake pumpkin w\/ drake music video in place of candle https:\/\/t.co\/lZknpgqqQ0",
  "id" : 657015906179026944,
  "in_reply_to_status_id" : 657006558291828736,
  "created_at" : "2015-10-22 02:09:33 +0000",
  "in_reply_to_screen_name" : "jessicard",
  "in_reply_to_user_id_str" : "253464752",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "JD Maturen",
      "screen_name" : "jdmaturen",
      "indices" : [ 3, 13 ],
      "id_str" : "23988680",
      "id" : 23988680
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/jdmaturen\/status\/656974222242086912\/photo\/1",
      "indices" : [ 44, 67 ],
      "url" : "https:\/\/t.co\/uHHqeoAfka",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CR4KkljU8AAX7TH.jpg",
      "id_str" : "656974219314524160",
      "id" : 656974219314524160,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CR4KkljU8AAX7TH.jpg",
      "sizes" : [ {
        "h" : 582,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 193,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 582,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 341,
        "resize" : "fit",
        "w" : 600
      } ],
      "display_url" : "pic.twitter.com\/uHHqeoAfka"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656998946212937728",
  "text" : "RT @jdmaturen: Well if this isn't prescient https:\/\/t.co\/uHHqeoAfka",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/jdmaturen\/status\/656974222242086912\/photo\/1",
        "indices" : [ 29, 52 ],
        "url" : "https:\/\/t.co\/uHHqeoAfka",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CR4KkljU8AAX7TH.jpg",
        "id_str" : "656974219314524160",
        "id" : 656974219314524160,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CR4KkljU8AAX7TH.jpg",
        "sizes" : [ {
          "h" : 582,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 193,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 582,
          "resize" : "fit",
          "w" : 1024
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 341,
          "resize" : "fit",
          "w" : 600
        } ],
        "display_url" : "pic.twitter.com\/uHHqeoAfka"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "656974222242086912",
    "text" : "Well if this isn't prescient https:\/\/t.co\/uHHqeoAfka",
    "id" : 656974222242086912,
    "created_at" : "2015-10-21 23:23:55 +0000",
    "user" : {
      "name" : "JD Maturen",
      "screen_name" : "jdmaturen",
      "protected" : false,
      "id_str" : "23988680",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/1577190772\/123_normal.jpeg",
      "id" : 23988680,
      "verified" : false
    }
  },
  "id" : 656998946212937728,
  "created_at" : "2015-10-22 01:02:09 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrey Petrov",
      "screen_name" : "shazow",
      "indices" : [ 8, 15 ],
      "id_str" : "796601",
      "id" : 796601
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656901222788546560",
  "text" : "I heard @shazow sat in the front row at Marine World and got Andrenched",
  "id" : 656901222788546560,
  "created_at" : "2015-10-21 18:33:50 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrey Petrov",
      "screen_name" : "shazow",
      "indices" : [ 0, 7 ],
      "id_str" : "796601",
      "id" : 796601
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656899656039854080",
  "geo" : { },
  "id_str" : "656901067108585472",
  "in_reply_to_user_id" : 796601,
  "text" : "@shazow Andremel - boutique power tools for software engineers",
  "id" : 656901067108585472,
  "in_reply_to_status_id" : 656899656039854080,
  "created_at" : "2015-10-21 18:33:13 +0000",
  "in_reply_to_screen_name" : "shazow",
  "in_reply_to_user_id_str" : "796601",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u262Fchriseppstein",
      "screen_name" : "chriseppstein",
      "indices" : [ 0, 14 ],
      "id_str" : "14148091",
      "id" : 14148091
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656879804499623936",
  "geo" : { },
  "id_str" : "656900278990409728",
  "in_reply_to_user_id" : 14148091,
  "text" : "@chriseppstein hahaha my response was to ask if they still do exploding 1-day offers\u2026 never heard back from the recruiter after that one",
  "id" : 656900278990409728,
  "in_reply_to_status_id" : 656879804499623936,
  "created_at" : "2015-10-21 18:30:05 +0000",
  "in_reply_to_screen_name" : "chriseppstein",
  "in_reply_to_user_id_str" : "14148091",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrey Petrov",
      "screen_name" : "shazow",
      "indices" : [ 0, 7 ],
      "id_str" : "796601",
      "id" : 796601
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656898542271750144",
  "geo" : { },
  "id_str" : "656899341773180928",
  "in_reply_to_user_id" : 796601,
  "text" : "@shazow Andread",
  "id" : 656899341773180928,
  "in_reply_to_status_id" : 656898542271750144,
  "created_at" : "2015-10-21 18:26:22 +0000",
  "in_reply_to_screen_name" : "shazow",
  "in_reply_to_user_id_str" : "796601",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Reginald Braithwaite",
      "screen_name" : "raganwald",
      "indices" : [ 3, 13 ],
      "id_str" : "18137723",
      "id" : 18137723
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656881060936941568",
  "text" : "RT @raganwald: If you have an open office space, and everyone has headphones on, and people escape to breakout rooms, what should that tell\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "656841427268345856",
    "text" : "If you have an open office space, and everyone has headphones on, and people escape to breakout rooms, what should that tell you?",
    "id" : 656841427268345856,
    "created_at" : "2015-10-21 14:36:14 +0000",
    "user" : {
      "name" : "Reginald Braithwaite",
      "screen_name" : "raganwald",
      "protected" : false,
      "id_str" : "18137723",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/683301208296034308\/QnKEHvpT_normal.jpg",
      "id" : 18137723,
      "verified" : false
    }
  },
  "id" : 656881060936941568,
  "created_at" : "2015-10-21 17:13:43 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kevin Gibbon",
      "screen_name" : "kevingibbon",
      "indices" : [ 0, 12 ],
      "id_str" : "95589124",
      "id" : 95589124
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656856079473610752",
  "geo" : { },
  "id_str" : "656857229274951680",
  "in_reply_to_user_id" : 95589124,
  "text" : "@kevingibbon thought you were linking to the zappos holacracy story for a minute",
  "id" : 656857229274951680,
  "in_reply_to_status_id" : 656856079473610752,
  "created_at" : "2015-10-21 15:39:01 +0000",
  "in_reply_to_screen_name" : "kevingibbon",
  "in_reply_to_user_id_str" : "95589124",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656687749508890624",
  "text" : "If you get a coupon that says \u201Cexpires on MM\/DD\u201D do you assume it\u2019s valid on MM\/DD?",
  "id" : 656687749508890624,
  "created_at" : "2015-10-21 04:25:34 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tony Blank",
      "screen_name" : "thetonyblank",
      "indices" : [ 0, 13 ],
      "id_str" : "17111073",
      "id" : 17111073
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656653657128112128",
  "geo" : { },
  "id_str" : "656657853613109248",
  "in_reply_to_user_id" : 17111073,
  "text" : "@thetonyblank sure! kev@inburke.com",
  "id" : 656657853613109248,
  "in_reply_to_status_id" : 656653657128112128,
  "created_at" : "2015-10-21 02:26:47 +0000",
  "in_reply_to_screen_name" : "thetonyblank",
  "in_reply_to_user_id_str" : "17111073",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    }, {
      "name" : "Brian Tarricone",
      "screen_name" : "kelnos",
      "indices" : [ 41, 48 ],
      "id_str" : "8300282",
      "id" : 8300282
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "ff",
      "indices" : [ 37, 40 ]
    } ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656648497781850112",
  "geo" : { },
  "id_str" : "656649792584486912",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek can\u2019t do math today just #ff @kelnos",
  "id" : 656649792584486912,
  "in_reply_to_status_id" : 656648497781850112,
  "created_at" : "2015-10-21 01:54:45 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brian Tarricone",
      "screen_name" : "kelnos",
      "indices" : [ 0, 7 ],
      "id_str" : "8300282",
      "id" : 8300282
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656648933301612544",
  "geo" : { },
  "id_str" : "656649678054756352",
  "in_reply_to_user_id" : 8300282,
  "text" : "@kelnos cmon brian why you gotta make me look bad",
  "id" : 656649678054756352,
  "in_reply_to_status_id" : 656648933301612544,
  "created_at" : "2015-10-21 01:54:17 +0000",
  "in_reply_to_screen_name" : "kelnos",
  "in_reply_to_user_id_str" : "8300282",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 24, 47 ],
      "url" : "https:\/\/t.co\/S6kwnzn6Cb",
      "expanded_url" : "https:\/\/twitter.com\/kelnos\/status\/656648088078036993",
      "display_url" : "twitter.com\/kelnos\/status\/\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "656647615367348224",
  "geo" : { },
  "id_str" : "656648497781850112",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek oops 8 my b https:\/\/t.co\/S6kwnzn6Cb",
  "id" : 656648497781850112,
  "in_reply_to_status_id" : 656647615367348224,
  "created_at" : "2015-10-21 01:49:36 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "KEVIN BURKE",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656647328158257153",
  "geo" : { },
  "id_str" : "656647615367348224",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek 45 bytes per record vs 4, hi",
  "id" : 656647615367348224,
  "in_reply_to_status_id" : 656647328158257153,
  "created_at" : "2015-10-21 01:46:06 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656647328158257153",
  "text" : "Hands up if you are storing UUIDs as text so you can store a prefix with them",
  "id" : 656647328158257153,
  "created_at" : "2015-10-21 01:44:57 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Erinn Clark",
      "screen_name" : "postessive",
      "indices" : [ 3, 14 ],
      "id_str" : "356584011",
      "id" : 356584011
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/postessive\/status\/656573373275873282\/photo\/1",
      "indices" : [ 46, 69 ],
      "url" : "https:\/\/t.co\/RujTGDECWe",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRyd_jcWIAU0B_a.png",
      "id_str" : "656573360860700677",
      "id" : 656573360860700677,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRyd_jcWIAU0B_a.png",
      "sizes" : [ {
        "h" : 88,
        "resize" : "fit",
        "w" : 708
      }, {
        "h" : 88,
        "resize" : "fit",
        "w" : 708
      }, {
        "h" : 74,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 42,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 88,
        "resize" : "crop",
        "w" : 150
      } ],
      "display_url" : "pic.twitter.com\/RujTGDECWe"
    } ],
    "hashtags" : [ {
      "text" : "hero",
      "indices" : [ 16, 21 ]
    } ],
    "urls" : [ {
      "indices" : [ 22, 45 ],
      "url" : "https:\/\/t.co\/0HoVLuNprb",
      "expanded_url" : "https:\/\/www.imperialviolet.org\/2015\/10\/17\/boringssl.html",
      "display_url" : "imperialviolet.org\/2015\/10\/17\/bor\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "656586890561228800",
  "text" : "RT @postessive: #hero https:\/\/t.co\/0HoVLuNprb https:\/\/t.co\/RujTGDECWe",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/postessive\/status\/656573373275873282\/photo\/1",
        "indices" : [ 30, 53 ],
        "url" : "https:\/\/t.co\/RujTGDECWe",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CRyd_jcWIAU0B_a.png",
        "id_str" : "656573360860700677",
        "id" : 656573360860700677,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRyd_jcWIAU0B_a.png",
        "sizes" : [ {
          "h" : 88,
          "resize" : "fit",
          "w" : 708
        }, {
          "h" : 88,
          "resize" : "fit",
          "w" : 708
        }, {
          "h" : 74,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 42,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 88,
          "resize" : "crop",
          "w" : 150
        } ],
        "display_url" : "pic.twitter.com\/RujTGDECWe"
      } ],
      "hashtags" : [ {
        "text" : "hero",
        "indices" : [ 0, 5 ]
      } ],
      "urls" : [ {
        "indices" : [ 6, 29 ],
        "url" : "https:\/\/t.co\/0HoVLuNprb",
        "expanded_url" : "https:\/\/www.imperialviolet.org\/2015\/10\/17\/boringssl.html",
        "display_url" : "imperialviolet.org\/2015\/10\/17\/bor\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "656573373275873282",
    "text" : "#hero https:\/\/t.co\/0HoVLuNprb https:\/\/t.co\/RujTGDECWe",
    "id" : 656573373275873282,
    "created_at" : "2015-10-20 20:51:05 +0000",
    "user" : {
      "name" : "Erinn Clark",
      "screen_name" : "postessive",
      "protected" : false,
      "id_str" : "356584011",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/670684783362600960\/2PH0quTX_normal.jpg",
      "id" : 356584011,
      "verified" : false
    }
  },
  "id" : 656586890561228800,
  "created_at" : "2015-10-20 21:44:48 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 104, 127 ],
      "url" : "https:\/\/t.co\/xxVvnvS8QR",
      "expanded_url" : "https:\/\/kev.inburke.com\/kevin\/faster-correct-database-queries\/?twitter",
      "display_url" : "kev.inburke.com\/kevin\/faster-c\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "656549574400610304",
  "text" : "ICYMI I wrote about how your ORM hurts performance and correctness and how you can write better queries https:\/\/t.co\/xxVvnvS8QR",
  "id" : 656549574400610304,
  "created_at" : "2015-10-20 19:16:31 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656541358191054848",
  "text" : "Anyone run postmortems on their near misses?",
  "id" : 656541358191054848,
  "created_at" : "2015-10-20 18:43:52 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "SFBART",
      "screen_name" : "SFBART",
      "indices" : [ 3, 10 ],
      "id_str" : "15640533",
      "id" : 15640533
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 63, 86 ],
      "url" : "https:\/\/t.co\/jcwKrsGvhi",
      "expanded_url" : "http:\/\/ow.ly\/i\/dQNWr",
      "display_url" : "ow.ly\/i\/dQNWr"
    } ]
  },
  "geo" : { },
  "id_str" : "656538870188650496",
  "text" : "RT @SFBART: \"No vaping\" joins \"no smoking\" on station signage. https:\/\/t.co\/jcwKrsGvhi",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/www.hootsuite.com\" rel=\"nofollow\"\u003EHootsuite\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 51, 74 ],
        "url" : "https:\/\/t.co\/jcwKrsGvhi",
        "expanded_url" : "http:\/\/ow.ly\/i\/dQNWr",
        "display_url" : "ow.ly\/i\/dQNWr"
      } ]
    },
    "geo" : { },
    "id_str" : "656535345215967233",
    "text" : "\"No vaping\" joins \"no smoking\" on station signage. https:\/\/t.co\/jcwKrsGvhi",
    "id" : 656535345215967233,
    "created_at" : "2015-10-20 18:19:58 +0000",
    "user" : {
      "name" : "SFBART",
      "screen_name" : "SFBART",
      "protected" : false,
      "id_str" : "15640533",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/1901371743\/BART_128_normal.png",
      "id" : 15640533,
      "verified" : true
    }
  },
  "id" : 656538870188650496,
  "created_at" : "2015-10-20 18:33:59 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u0CA0_\u0CA0 Carter",
      "screen_name" : "crtr0",
      "indices" : [ 0, 6 ],
      "id_str" : "89318473",
      "id" : 89318473
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656480142706016256",
  "geo" : { },
  "id_str" : "656481306574884864",
  "in_reply_to_user_id" : 89318473,
  "text" : "@crtr0 nope haha",
  "id" : 656481306574884864,
  "in_reply_to_status_id" : 656480142706016256,
  "created_at" : "2015-10-20 14:45:14 +0000",
  "in_reply_to_screen_name" : "crtr0",
  "in_reply_to_user_id_str" : "89318473",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u0CA0_\u0CA0 Carter",
      "screen_name" : "crtr0",
      "indices" : [ 0, 6 ],
      "id_str" : "89318473",
      "id" : 89318473
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656478960855994368",
  "geo" : { },
  "id_str" : "656479986321219584",
  "in_reply_to_user_id" : 89318473,
  "text" : "@crtr0 let\u2019s meet up!",
  "id" : 656479986321219584,
  "in_reply_to_status_id" : 656478960855994368,
  "created_at" : "2015-10-20 14:40:00 +0000",
  "in_reply_to_screen_name" : "crtr0",
  "in_reply_to_user_id_str" : "89318473",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brian Mullen",
      "screen_name" : "btmulls",
      "indices" : [ 0, 8 ],
      "id_str" : "20099390",
      "id" : 20099390
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656348163683524608",
  "geo" : { },
  "id_str" : "656351045275115520",
  "in_reply_to_user_id" : 20099390,
  "text" : "@btmulls Just wait till you\u2019re in a car going the wrong way on a road with a divider, to avoid making a U turn.",
  "id" : 656351045275115520,
  "in_reply_to_status_id" : 656348163683524608,
  "created_at" : "2015-10-20 06:07:38 +0000",
  "in_reply_to_screen_name" : "btmulls",
  "in_reply_to_user_id_str" : "20099390",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    }, {
      "name" : "Alan Shreve",
      "screen_name" : "inconshreveable",
      "indices" : [ 13, 29 ],
      "id_str" : "868945460",
      "id" : 868945460
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 58, 81 ],
      "url" : "https:\/\/t.co\/cjeEKXgVqi",
      "expanded_url" : "http:\/\/sfbay.craigslist.org\/sfc\/tix\/5276070988.html",
      "display_url" : "sfbay.craigslist.org\/sfc\/tix\/527607\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "656312326073638913",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy @inconshreveable there\u2019s always this option: https:\/\/t.co\/cjeEKXgVqi",
  "id" : 656312326073638913,
  "created_at" : "2015-10-20 03:33:46 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "indices" : [ 0, 6 ],
      "id_str" : "49820803",
      "id" : 49820803
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656266026770763776",
  "geo" : { },
  "id_str" : "656270396291833857",
  "in_reply_to_user_id" : 49820803,
  "text" : "@aphyr get that money Kyle! Best of luck!",
  "id" : 656270396291833857,
  "in_reply_to_status_id" : 656266026770763776,
  "created_at" : "2015-10-20 00:47:10 +0000",
  "in_reply_to_screen_name" : "aphyr",
  "in_reply_to_user_id_str" : "49820803",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "indices" : [ 3, 9 ],
      "id_str" : "49820803",
      "id" : 49820803
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656255458777239552",
  "text" : "RT @aphyr: Decided to wind down my internal work here at Stripe, and I'm gonna start working on Jepsen analyses as an independent consultan\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "656250390564859905",
    "geo" : { },
    "id_str" : "656250666650734592",
    "in_reply_to_user_id" : 49820803,
    "text" : "Decided to wind down my internal work here at Stripe, and I'm gonna start working on Jepsen analyses as an independent consultancy.",
    "id" : 656250666650734592,
    "in_reply_to_status_id" : 656250390564859905,
    "created_at" : "2015-10-19 23:28:46 +0000",
    "in_reply_to_screen_name" : "aphyr",
    "in_reply_to_user_id_str" : "49820803",
    "user" : {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "protected" : false,
      "id_str" : "49820803",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/639508069752279040\/ipgD4h36_normal.jpg",
      "id" : 49820803,
      "verified" : false
    }
  },
  "id" : 656255458777239552,
  "created_at" : "2015-10-19 23:47:48 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656221012208390144",
  "geo" : { },
  "id_str" : "656222885548134400",
  "in_reply_to_user_id" : 86892924,
  "text" : "or schedule like 7 jobs and build in idempotence\/concurrency support, I guess",
  "id" : 656222885548134400,
  "in_reply_to_status_id" : 656221012208390144,
  "created_at" : "2015-10-19 21:38:22 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "indices" : [ 0, 15 ],
      "id_str" : "10660802",
      "id" : 10660802
    }, {
      "name" : "Popehat",
      "screen_name" : "Popehat",
      "indices" : [ 16, 24 ],
      "id_str" : "18839937",
      "id" : 18839937
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656217490188431360",
  "geo" : { },
  "id_str" : "656222708519145472",
  "in_reply_to_user_id" : 10660802,
  "text" : "@adamsteinbaugh @Popehat Remarkably similar to emailing an essay to your professor and \"forgetting\" to attach the word doc to the email",
  "id" : 656222708519145472,
  "in_reply_to_status_id" : 656217490188431360,
  "created_at" : "2015-10-19 21:37:40 +0000",
  "in_reply_to_screen_name" : "adamsteinbaugh",
  "in_reply_to_user_id_str" : "10660802",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Heroku",
      "screen_name" : "heroku",
      "indices" : [ 4, 11 ],
      "id_str" : "10257182",
      "id" : 10257182
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656221012208390144",
  "text" : "PSA @heroku Scheduler is not reliable, it's failed to run an important (daily) command for us twice in the last 8 weeks. Find something else",
  "id" : 656221012208390144,
  "created_at" : "2015-10-19 21:30:55 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jeff Hodges",
      "screen_name" : "jmhodges",
      "indices" : [ 0, 9 ],
      "id_str" : "9267272",
      "id" : 9267272
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656192795053416448",
  "geo" : { },
  "id_str" : "656212832954904576",
  "in_reply_to_user_id" : 9267272,
  "text" : "@jmhodges Pulling for you and your mom - wish you both the best",
  "id" : 656212832954904576,
  "in_reply_to_status_id" : 656192795053416448,
  "created_at" : "2015-10-19 20:58:25 +0000",
  "in_reply_to_screen_name" : "jmhodges",
  "in_reply_to_user_id_str" : "9267272",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jos\u00E9 Valim",
      "screen_name" : "josevalim",
      "indices" : [ 3, 13 ],
      "id_str" : "10230812",
      "id" : 10230812
    }, {
      "name" : "Sean Griffin",
      "screen_name" : "sgrif",
      "indices" : [ 15, 21 ],
      "id_str" : "17656843",
      "id" : 17656843
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "656190016989696000",
  "text" : "RT @josevalim: @sgrif it is actually a security issue in many apps. I can pass 0 as my API token and, oops, logged in as first user.",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Sean Griffin",
        "screen_name" : "sgrif",
        "indices" : [ 0, 6 ],
        "id_str" : "17656843",
        "id" : 17656843
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "656167420290199553",
    "geo" : { },
    "id_str" : "656173491939594240",
    "in_reply_to_user_id" : 17656843,
    "text" : "@sgrif it is actually a security issue in many apps. I can pass 0 as my API token and, oops, logged in as first user.",
    "id" : 656173491939594240,
    "in_reply_to_status_id" : 656167420290199553,
    "created_at" : "2015-10-19 18:22:06 +0000",
    "in_reply_to_screen_name" : "sgrif",
    "in_reply_to_user_id_str" : "17656843",
    "user" : {
      "name" : "Jos\u00E9 Valim",
      "screen_name" : "josevalim",
      "protected" : false,
      "id_str" : "10230812",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/667973757181431808\/IdQgSAH__normal.jpg",
      "id" : 10230812,
      "verified" : false
    }
  },
  "id" : 656190016989696000,
  "created_at" : "2015-10-19 19:27:46 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Paul Ford",
      "screen_name" : "ftrain",
      "indices" : [ 3, 10 ],
      "id_str" : "6981492",
      "id" : 6981492
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 126, 140 ],
      "url" : "https:\/\/t.co\/XrnSGh83lU",
      "expanded_url" : "https:\/\/medium.com\/@jaycarney\/what-the-new-york-times-didn-t-tell-you-a1128aa78931",
      "display_url" : "medium.com\/@jaycarney\/wha\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "656153965583667200",
  "text" : "RT @ftrain: I read this and just immediately think, \u201Cwow, that Times article must have been REALLY true, not just partially.\u201D https:\/\/t.co\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 114, 137 ],
        "url" : "https:\/\/t.co\/XrnSGh83lU",
        "expanded_url" : "https:\/\/medium.com\/@jaycarney\/what-the-new-york-times-didn-t-tell-you-a1128aa78931",
        "display_url" : "medium.com\/@jaycarney\/wha\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "656152959148007426",
    "text" : "I read this and just immediately think, \u201Cwow, that Times article must have been REALLY true, not just partially.\u201D https:\/\/t.co\/XrnSGh83lU",
    "id" : 656152959148007426,
    "created_at" : "2015-10-19 17:00:30 +0000",
    "user" : {
      "name" : "Paul Ford",
      "screen_name" : "ftrain",
      "protected" : false,
      "id_str" : "6981492",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/3363818792\/c90e33ccf22e3146d5cd871ce561795a_normal.png",
      "id" : 6981492,
      "verified" : false
    }
  },
  "id" : 656153965583667200,
  "created_at" : "2015-10-19 17:04:30 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mark!",
      "screen_name" : "shinypb",
      "indices" : [ 0, 8 ],
      "id_str" : "13166",
      "id" : 13166
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656145270372040704",
  "geo" : { },
  "id_str" : "656145487175663616",
  "in_reply_to_user_id" : 13166,
  "text" : "@shinypb There Goes My Gyro - constantly getting the order numbers mixed up",
  "id" : 656145487175663616,
  "in_reply_to_status_id" : 656145270372040704,
  "created_at" : "2015-10-19 16:30:49 +0000",
  "in_reply_to_screen_name" : "shinypb",
  "in_reply_to_user_id_str" : "13166",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mark!",
      "screen_name" : "shinypb",
      "indices" : [ 0, 8 ],
      "id_str" : "13166",
      "id" : 13166
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "656140803849347072",
  "geo" : { },
  "id_str" : "656144425903517696",
  "in_reply_to_user_id" : 13166,
  "text" : "@shinypb Gyro Worship",
  "id" : 656144425903517696,
  "in_reply_to_status_id" : 656140803849347072,
  "created_at" : "2015-10-19 16:26:36 +0000",
  "in_reply_to_screen_name" : "shinypb",
  "in_reply_to_user_id_str" : "13166",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jack Pitney",
      "screen_name" : "jpitney",
      "indices" : [ 96, 104 ],
      "id_str" : "17754880",
      "id" : 17754880
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 117, 139 ],
      "url" : "http:\/\/t.co\/f5m8c8ZpDe",
      "expanded_url" : "http:\/\/www.epicjourney2008.com\/2015\/10\/trumps-victims.html",
      "display_url" : "epicjourney2008.com\/2015\/10\/trumps\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "656124688570040320",
  "text" : "Trump unscathed from corp. bankruptcies but contractors, retirees lose life savings. Don\u2019t make @jpitney your enemy, http:\/\/t.co\/f5m8c8ZpDe",
  "id" : 656124688570040320,
  "created_at" : "2015-10-19 15:08:10 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "mr. 2 shirts",
      "screen_name" : "LOLY2K",
      "indices" : [ 0, 7 ],
      "id_str" : "1249583558",
      "id" : 1249583558
    }, {
      "name" : "Popehat",
      "screen_name" : "Popehat",
      "indices" : [ 8, 16 ],
      "id_str" : "18839937",
      "id" : 18839937
    }, {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "indices" : [ 17, 32 ],
      "id_str" : "10660802",
      "id" : 10660802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655816943069327361",
  "geo" : { },
  "id_str" : "656120522430787585",
  "in_reply_to_user_id" : 1249583558,
  "text" : "@LOLY2K @Popehat @adamsteinbaugh It seems like he is pretty confident. Really want to bet him $$$ that he\u2019ll lose the case.",
  "id" : 656120522430787585,
  "in_reply_to_status_id" : 655816943069327361,
  "created_at" : "2015-10-19 14:51:37 +0000",
  "in_reply_to_screen_name" : "LOLY2K",
  "in_reply_to_user_id_str" : "1249583558",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "~",
      "screen_name" : "ELLIOTTCABLE",
      "indices" : [ 0, 13 ],
      "id_str" : "771681",
      "id" : 771681
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655954826451283968",
  "geo" : { },
  "id_str" : "655955365071163398",
  "in_reply_to_user_id" : 771681,
  "text" : "@ELLIOTTCABLE those look good to me!",
  "id" : 655955365071163398,
  "in_reply_to_status_id" : 655954826451283968,
  "created_at" : "2015-10-19 03:55:20 +0000",
  "in_reply_to_screen_name" : "ELLIOTTCABLE",
  "in_reply_to_user_id_str" : "771681",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "~",
      "screen_name" : "ELLIOTTCABLE",
      "indices" : [ 0, 13 ],
      "id_str" : "771681",
      "id" : 771681
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 110, 133 ],
      "url" : "https:\/\/t.co\/eVY7j7iDFv",
      "expanded_url" : "https:\/\/github.com\/sstephenson\/rbenv\/pull\/663",
      "display_url" : "github.com\/sstephenson\/rb\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "655934019704524800",
  "geo" : { },
  "id_str" : "655934692537970689",
  "in_reply_to_user_id" : 771681,
  "text" : "@ELLIOTTCABLE I also had to maintain an rbenv fork for a long time to support this but they just merged my PR https:\/\/t.co\/eVY7j7iDFv",
  "id" : 655934692537970689,
  "in_reply_to_status_id" : 655934019704524800,
  "created_at" : "2015-10-19 02:33:12 +0000",
  "in_reply_to_screen_name" : "ELLIOTTCABLE",
  "in_reply_to_user_id_str" : "771681",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "~",
      "screen_name" : "ELLIOTTCABLE",
      "indices" : [ 0, 13 ],
      "id_str" : "771681",
      "id" : 771681
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655934275842211840",
  "geo" : { },
  "id_str" : "655934470441189376",
  "in_reply_to_user_id" : 771681,
  "text" : "@ELLIOTTCABLE I believe that\u2019s just checking whether you have homebrew in your $PATH.. should document this :)",
  "id" : 655934470441189376,
  "in_reply_to_status_id" : 655934275842211840,
  "created_at" : "2015-10-19 02:32:19 +0000",
  "in_reply_to_screen_name" : "ELLIOTTCABLE",
  "in_reply_to_user_id_str" : "771681",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "~",
      "screen_name" : "ELLIOTTCABLE",
      "indices" : [ 0, 13 ],
      "id_str" : "771681",
      "id" : 771681
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655934019704524800",
  "geo" : { },
  "id_str" : "655934363201212417",
  "in_reply_to_user_id" : 771681,
  "text" : "@ELLIOTTCABLE ah good idea! i should probably add a caveat too\u2026 autojump for example does not record directory changes unless you source it",
  "id" : 655934363201212417,
  "in_reply_to_status_id" : 655934019704524800,
  "created_at" : "2015-10-19 02:31:53 +0000",
  "in_reply_to_screen_name" : "ELLIOTTCABLE",
  "in_reply_to_user_id_str" : "771681",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655924632659193856",
  "geo" : { },
  "id_str" : "655926713184944128",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek i mean, we can debate whether or not rent control is desirable but i thought we all understood it constrains supply",
  "id" : 655926713184944128,
  "in_reply_to_status_id" : 655924632659193856,
  "created_at" : "2015-10-19 02:01:29 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "KEVIN BURKE",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655923650139287552",
  "geo" : { },
  "id_str" : "655924632659193856",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek can anyone provide the model of supply\/demand where rent control does *not* contribute to a housing crisis?",
  "id" : 655924632659193856,
  "in_reply_to_status_id" : 655923650139287552,
  "created_at" : "2015-10-19 01:53:13 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/655923650139287552\/photo\/1",
      "indices" : [ 36, 58 ],
      "url" : "http:\/\/t.co\/XB3677DS19",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRpPFPQUAAAxaQw.jpg",
      "id_str" : "655923647148720128",
      "id" : 655923647148720128,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRpPFPQUAAAxaQw.jpg",
      "sizes" : [ {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/XB3677DS19"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655923650139287552",
  "text" : "This is supposed to be an attack ad http:\/\/t.co\/XB3677DS19",
  "id" : 655923650139287552,
  "created_at" : "2015-10-19 01:49:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655885639095832578",
  "text" : "\u201CA QA Engineer walks into a bar and orders 999,999 Beers. Wow That\u2019s a Lot of Beers.\u201D - Kevin Burke",
  "id" : 655885639095832578,
  "created_at" : "2015-10-18 23:18:16 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 72, 95 ],
      "url" : "https:\/\/t.co\/xxVvnvS8QR",
      "expanded_url" : "https:\/\/kev.inburke.com\/kevin\/faster-correct-database-queries\/?twitter",
      "display_url" : "kev.inburke.com\/kevin\/faster-c\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655858100457467905",
  "text" : "I wrote about why your ORM is harmful and why you should use less of it https:\/\/t.co\/xxVvnvS8QR",
  "id" : 655858100457467905,
  "created_at" : "2015-10-18 21:28:51 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655808178433581056",
  "geo" : { },
  "id_str" : "655808557833523201",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio what\u2019d you find?",
  "id" : 655808557833523201,
  "in_reply_to_status_id" : 655808178433581056,
  "created_at" : "2015-10-18 18:11:59 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655799867906859009",
  "geo" : { },
  "id_str" : "655802062391787520",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda thank you",
  "id" : 655802062391787520,
  "in_reply_to_status_id" : 655799867906859009,
  "created_at" : "2015-10-18 17:46:10 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Peter Bailis",
      "screen_name" : "pbailis",
      "indices" : [ 0, 8 ],
      "id_str" : "353206839",
      "id" : 353206839
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 95, 118 ],
      "url" : "https:\/\/t.co\/ZJurIlUwUo",
      "expanded_url" : "https:\/\/kev.inburke.com\/kevin\/faster-correct-database-queries\/",
      "display_url" : "kev.inburke.com\/kevin\/faster-c\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655761072498995200",
  "in_reply_to_user_id" : 353206839,
  "text" : "@pbailis I wrote more (from an app developer\u2019s perspective) about your feral concurrency paper https:\/\/t.co\/ZJurIlUwUo",
  "id" : 655761072498995200,
  "created_at" : "2015-10-18 15:03:17 +0000",
  "in_reply_to_screen_name" : "pbailis",
  "in_reply_to_user_id_str" : "353206839",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrew Benton",
      "screen_name" : "andrewmbenton",
      "indices" : [ 0, 14 ],
      "id_str" : "29869491",
      "id" : 29869491
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655571739993243648",
  "geo" : { },
  "id_str" : "655571800462483456",
  "in_reply_to_user_id" : 29869491,
  "text" : "@andrewmbenton this is good for bitcoin",
  "id" : 655571800462483456,
  "in_reply_to_status_id" : 655571739993243648,
  "created_at" : "2015-10-18 02:31:11 +0000",
  "in_reply_to_screen_name" : "andrewmbenton",
  "in_reply_to_user_id_str" : "29869491",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrew Benton",
      "screen_name" : "andrewmbenton",
      "indices" : [ 0, 14 ],
      "id_str" : "29869491",
      "id" : 29869491
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 52, 74 ],
      "url" : "http:\/\/t.co\/WyXARu2btT",
      "expanded_url" : "http:\/\/bitcalc.beepboopbitcoin.com\/",
      "display_url" : "bitcalc.beepboopbitcoin.com"
    } ]
  },
  "geo" : { },
  "id_str" : "655570871742935040",
  "in_reply_to_user_id" : 29869491,
  "text" : "@andrewmbenton here is the site i was talking about http:\/\/t.co\/WyXARu2btT",
  "id" : 655570871742935040,
  "created_at" : "2015-10-18 02:27:30 +0000",
  "in_reply_to_screen_name" : "andrewmbenton",
  "in_reply_to_user_id_str" : "29869491",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "indices" : [ 3, 18 ],
      "id_str" : "10660802",
      "id" : 10660802
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/adamsteinbaugh\/status\/655496191531048960\/photo\/1",
      "indices" : [ 139, 140 ],
      "url" : "http:\/\/t.co\/X5AAEXjfMW",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRjKUBWVEAA2up1.png",
      "id_str" : "655496191090692096",
      "id" : 655496191090692096,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRjKUBWVEAA2up1.png",
      "sizes" : [ {
        "h" : 217,
        "resize" : "fit",
        "w" : 795
      }, {
        "h" : 217,
        "resize" : "fit",
        "w" : 795
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 92,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 163,
        "resize" : "fit",
        "w" : 600
      } ],
      "display_url" : "pic.twitter.com\/X5AAEXjfMW"
    } ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 108, 131 ],
      "url" : "https:\/\/t.co\/FdSVTkTISQ",
      "expanded_url" : "https:\/\/popehat.com\/2015\/10\/17\/lawsplainer-why-chuck-c-johnson-is-about-to-get-moed-down\/",
      "display_url" : "popehat.com\/2015\/10\/17\/law\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655499611704963072",
  "text" : "RT @adamsteinbaugh: Chuck C. Johnson's incredible 111-page brief will probably not help him defeat Gawker.  https:\/\/t.co\/FdSVTkTISQ http:\/\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/adamsteinbaugh\/status\/655496191531048960\/photo\/1",
        "indices" : [ 112, 134 ],
        "url" : "http:\/\/t.co\/X5AAEXjfMW",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CRjKUBWVEAA2up1.png",
        "id_str" : "655496191090692096",
        "id" : 655496191090692096,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRjKUBWVEAA2up1.png",
        "sizes" : [ {
          "h" : 217,
          "resize" : "fit",
          "w" : 795
        }, {
          "h" : 217,
          "resize" : "fit",
          "w" : 795
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 92,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 163,
          "resize" : "fit",
          "w" : 600
        } ],
        "display_url" : "pic.twitter.com\/X5AAEXjfMW"
      } ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 88, 111 ],
        "url" : "https:\/\/t.co\/FdSVTkTISQ",
        "expanded_url" : "https:\/\/popehat.com\/2015\/10\/17\/lawsplainer-why-chuck-c-johnson-is-about-to-get-moed-down\/",
        "display_url" : "popehat.com\/2015\/10\/17\/law\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "655496191531048960",
    "text" : "Chuck C. Johnson's incredible 111-page brief will probably not help him defeat Gawker.  https:\/\/t.co\/FdSVTkTISQ http:\/\/t.co\/X5AAEXjfMW",
    "id" : 655496191531048960,
    "created_at" : "2015-10-17 21:30:45 +0000",
    "user" : {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "protected" : false,
      "id_str" : "10660802",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/692843855394177024\/_QVxKFyQ_normal.jpg",
      "id" : 10660802,
      "verified" : false
    }
  },
  "id" : 655499611704963072,
  "created_at" : "2015-10-17 21:44:20 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jeff Hodges",
      "screen_name" : "jmhodges",
      "indices" : [ 43, 52 ],
      "id_str" : "9267272",
      "id" : 9267272
    }, {
      "name" : "Ted Nyman",
      "screen_name" : "tnm",
      "indices" : [ 53, 57 ],
      "id_str" : "77009486",
      "id" : 77009486
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/655491377774489600\/photo\/1",
      "indices" : [ 60, 82 ],
      "url" : "http:\/\/t.co\/sJwiOgOKtP",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRjF50oUkAApfsX.jpg",
      "id_str" : "655491342953385984",
      "id" : 655491342953385984,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRjF50oUkAApfsX.jpg",
      "sizes" : [ {
        "h" : 1365,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 3264,
        "resize" : "fit",
        "w" : 2448
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/sJwiOgOKtP"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655491377774489600",
  "text" : "weekend reading, thanks for the suggestion @jmhodges @tnm ! http:\/\/t.co\/sJwiOgOKtP",
  "id" : 655491377774489600,
  "created_at" : "2015-10-17 21:11:37 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrew Benton",
      "screen_name" : "andrewmbenton",
      "indices" : [ 0, 14 ],
      "id_str" : "29869491",
      "id" : 29869491
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655244151361900544",
  "geo" : { },
  "id_str" : "655253656858525697",
  "in_reply_to_user_id" : 29869491,
  "text" : "@andrewmbenton I just realized the bar won\u2019t be able to serve drinks until the 60th minute.",
  "id" : 655253656858525697,
  "in_reply_to_status_id" : 655244151361900544,
  "created_at" : "2015-10-17 05:27:00 +0000",
  "in_reply_to_screen_name" : "andrewmbenton",
  "in_reply_to_user_id_str" : "29869491",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "indices" : [ 0, 15 ],
      "id_str" : "10660802",
      "id" : 10660802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655251701092388864",
  "geo" : { },
  "id_str" : "655253192947535872",
  "in_reply_to_user_id" : 10660802,
  "text" : "@adamsteinbaugh holy shit hahaha",
  "id" : 655253192947535872,
  "in_reply_to_status_id" : 655251701092388864,
  "created_at" : "2015-10-17 05:25:09 +0000",
  "in_reply_to_screen_name" : "adamsteinbaugh",
  "in_reply_to_user_id_str" : "10660802",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Henry Lyford",
      "screen_name" : "hlyford11",
      "indices" : [ 81, 91 ],
      "id_str" : "1092873246",
      "id" : 1092873246
    }, {
      "name" : "Kelsey Gross",
      "screen_name" : "kj_gross",
      "indices" : [ 96, 105 ],
      "id_str" : "543862426",
      "id" : 543862426
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 32, 54 ],
      "url" : "http:\/\/t.co\/87IyIgBtgp",
      "expanded_url" : "http:\/\/www.rosterblitz.com\/quiz?team_id=55284",
      "display_url" : "rosterblitz.com\/quiz?team_id=5\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655249715676606465",
  "text" : "Try out this Liverpool FC quiz: http:\/\/t.co\/87IyIgBtgp built by fellow CMC alums @hlyford11 and @kj_gross!",
  "id" : 655249715676606465,
  "created_at" : "2015-10-17 05:11:20 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrew Benton",
      "screen_name" : "andrewmbenton",
      "indices" : [ 0, 14 ],
      "id_str" : "29869491",
      "id" : 29869491
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655244151361900544",
  "geo" : { },
  "id_str" : "655246546309505024",
  "in_reply_to_user_id" : 29869491,
  "text" : "@andrewmbenton Interesting. What kind of odds are you getting on that? I\u2019ll give you better ones",
  "id" : 655246546309505024,
  "in_reply_to_status_id" : 655244151361900544,
  "created_at" : "2015-10-17 04:58:45 +0000",
  "in_reply_to_screen_name" : "andrewmbenton",
  "in_reply_to_user_id_str" : "29869491",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Andrew Benton",
      "screen_name" : "andrewmbenton",
      "indices" : [ 40, 54 ],
      "id_str" : "29869491",
      "id" : 29869491
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/655241328503054336\/photo\/1",
      "indices" : [ 78, 100 ],
      "url" : "http:\/\/t.co\/ZjL1yYlabG",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRfihA2UkAAZE9S.png",
      "id_str" : "655241327597096960",
      "id" : 655241327597096960,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRfihA2UkAAZE9S.png",
      "sizes" : [ {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      }, {
        "h" : 1067,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1334,
        "resize" : "fit",
        "w" : 750
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 604,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/ZjL1yYlabG"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655241328503054336",
  "text" : "Wouldn\u2019t do this for anything less than @andrewmbenton and Klopp\u2019s first game http:\/\/t.co\/ZjL1yYlabG",
  "id" : 655241328503054336,
  "created_at" : "2015-10-17 04:38:01 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 16, 39 ],
      "url" : "https:\/\/t.co\/XmxQsLETAY",
      "expanded_url" : "https:\/\/api.monosnap.com\/rpc\/file\/download?id=jIhwUjaewhP1jY2wL3o63rwhij92Xs",
      "display_url" : "api.monosnap.com\/rpc\/file\/downl\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655162083307331584",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy hi https:\/\/t.co\/XmxQsLETAY",
  "id" : 655162083307331584,
  "created_at" : "2015-10-16 23:23:07 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jamesha Fisher",
      "screen_name" : "jamfish728",
      "indices" : [ 3, 14 ],
      "id_str" : "17982417",
      "id" : 17982417
    }, {
      "name" : "DevOpsDays SV",
      "screen_name" : "devopsdayssv",
      "indices" : [ 53, 66 ],
      "id_str" : "2923159068",
      "id" : 2923159068
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 124, 140 ],
      "url" : "http:\/\/t.co\/wBKKBCcGkq",
      "expanded_url" : "http:\/\/www.devopsdays.org\/events\/2015-siliconvalley\/scholarship\/",
      "display_url" : "devopsdays.org\/events\/2015-si\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "655150689824460800",
  "text" : "RT @jamfish728: Speaking of Confs seeking diversity, @devopsdayssv has a diversity scholarship for this year's conference!  http:\/\/t.co\/wBK\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "DevOpsDays SV",
        "screen_name" : "devopsdayssv",
        "indices" : [ 37, 50 ],
        "id_str" : "2923159068",
        "id" : 2923159068
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 108, 130 ],
        "url" : "http:\/\/t.co\/wBKKBCcGkq",
        "expanded_url" : "http:\/\/www.devopsdays.org\/events\/2015-siliconvalley\/scholarship\/",
        "display_url" : "devopsdays.org\/events\/2015-si\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "655135212192428032",
    "text" : "Speaking of Confs seeking diversity, @devopsdayssv has a diversity scholarship for this year's conference!  http:\/\/t.co\/wBKKBCcGkq",
    "id" : 655135212192428032,
    "created_at" : "2015-10-16 21:36:21 +0000",
    "user" : {
      "name" : "Jamesha Fisher",
      "screen_name" : "jamfish728",
      "protected" : false,
      "id_str" : "17982417",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/666263407213965313\/deuHAmhw_normal.jpg",
      "id" : 17982417,
      "verified" : false
    }
  },
  "id" : 655150689824460800,
  "created_at" : "2015-10-16 22:37:51 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 3, 11 ],
      "id_str" : "20844341",
      "id" : 20844341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655149379032997888",
  "text" : "RT @patio11: You've never seen passion used as a weapon before? \"You'll love working here.\" \"Do you pay market?\" \"We prefer passionate work\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "655145314442043392",
    "geo" : { },
    "id_str" : "655145712187936768",
    "in_reply_to_user_id" : 20844341,
    "text" : "You've never seen passion used as a weapon before? \"You'll love working here.\" \"Do you pay market?\" \"We prefer passionate workers not mercs\"",
    "id" : 655145712187936768,
    "in_reply_to_status_id" : 655145314442043392,
    "created_at" : "2015-10-16 22:18:04 +0000",
    "in_reply_to_screen_name" : "patio11",
    "in_reply_to_user_id_str" : "20844341",
    "user" : {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "protected" : false,
      "id_str" : "20844341",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476049306072276993\/s9QMnPC5_normal.jpeg",
      "id" : 20844341,
      "verified" : false
    }
  },
  "id" : 655149379032997888,
  "created_at" : "2015-10-16 22:32:38 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 3, 11 ],
      "id_str" : "20844341",
      "id" : 20844341
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "655146326041063424",
  "text" : "RT @patio11: Oddly enough no one expects the investors to get passionate returns, the landlord to get passionate rents, or the insurance pa\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "655145712187936768",
    "geo" : { },
    "id_str" : "655146258579910657",
    "in_reply_to_user_id" : 20844341,
    "text" : "Oddly enough no one expects the investors to get passionate returns, the landlord to get passionate rents, or the insurance passion premiums",
    "id" : 655146258579910657,
    "in_reply_to_status_id" : 655145712187936768,
    "created_at" : "2015-10-16 22:20:14 +0000",
    "in_reply_to_screen_name" : "patio11",
    "in_reply_to_user_id_str" : "20844341",
    "user" : {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "protected" : false,
      "id_str" : "20844341",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/476049306072276993\/s9QMnPC5_normal.jpeg",
      "id" : 20844341,
      "verified" : false
    }
  },
  "id" : 655146326041063424,
  "created_at" : "2015-10-16 22:20:30 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Alan Shreve",
      "screen_name" : "inconshreveable",
      "indices" : [ 0, 16 ],
      "id_str" : "868945460",
      "id" : 868945460
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "655131127586254849",
  "geo" : { },
  "id_str" : "655132642560487424",
  "in_reply_to_user_id" : 868945460,
  "text" : "@inconshreveable alan twitter has a new Polls feature for this",
  "id" : 655132642560487424,
  "in_reply_to_status_id" : 655131127586254849,
  "created_at" : "2015-10-16 21:26:08 +0000",
  "in_reply_to_screen_name" : "inconshreveable",
  "in_reply_to_user_id_str" : "868945460",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654829750158909440",
  "geo" : { },
  "id_str" : "654835016023674880",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio I heard they resurrected the thread where I told everyone that you get rattled easily",
  "id" : 654835016023674880,
  "in_reply_to_status_id" : 654829750158909440,
  "created_at" : "2015-10-16 01:43:28 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Sophia Yang",
      "screen_name" : "sophiayang",
      "indices" : [ 0, 11 ],
      "id_str" : "14446525",
      "id" : 14446525
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 18, 41 ],
      "url" : "https:\/\/t.co\/pCdCi04m0O",
      "expanded_url" : "https:\/\/api.monosnap.com\/rpc\/file\/download?id=l4Q9ywnCGD3Agm85xWr2RbxzQbJtFK",
      "display_url" : "api.monosnap.com\/rpc\/file\/downl\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "654821702937931776",
  "in_reply_to_user_id" : 14446525,
  "text" : "@sophiayang Hello https:\/\/t.co\/pCdCi04m0O",
  "id" : 654821702937931776,
  "created_at" : "2015-10-16 00:50:34 +0000",
  "in_reply_to_screen_name" : "sophiayang",
  "in_reply_to_user_id_str" : "14446525",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Rebecca Murphey",
      "screen_name" : "rmurphey",
      "indices" : [ 0, 9 ],
      "id_str" : "6490602",
      "id" : 6490602
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654780394894524417",
  "geo" : { },
  "id_str" : "654783762404786176",
  "in_reply_to_user_id" : 6490602,
  "text" : "@rmurphey very interested in what you find out here!",
  "id" : 654783762404786176,
  "in_reply_to_status_id" : 654780394894524417,
  "created_at" : "2015-10-15 22:19:48 +0000",
  "in_reply_to_screen_name" : "rmurphey",
  "in_reply_to_user_id_str" : "6490602",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Julie Ann Horvath",
      "screen_name" : "nrrrdcore",
      "indices" : [ 3, 13 ],
      "id_str" : "18496432",
      "id" : 18496432
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 127, 140 ],
      "url" : "http:\/\/t.co\/sOz4S8rRJz",
      "expanded_url" : "http:\/\/www.thereadyset.co\/",
      "display_url" : "thereadyset.co"
    } ]
  },
  "geo" : { },
  "id_str" : "654741963871129601",
  "text" : "RT @nrrrdcore: If you're looking for a consultant to better help you source diverse candidates, please reach out to Y-Vonne at http:\/\/t.co\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 112, 134 ],
        "url" : "http:\/\/t.co\/sOz4S8rRJz",
        "expanded_url" : "http:\/\/www.thereadyset.co\/",
        "display_url" : "thereadyset.co"
      } ]
    },
    "geo" : { },
    "id_str" : "654732153675104258",
    "text" : "If you're looking for a consultant to better help you source diverse candidates, please reach out to Y-Vonne at http:\/\/t.co\/sOz4S8rRJz",
    "id" : 654732153675104258,
    "created_at" : "2015-10-15 18:54:44 +0000",
    "user" : {
      "name" : "Julie Ann Horvath",
      "screen_name" : "nrrrdcore",
      "protected" : false,
      "id_str" : "18496432",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/670454037028868096\/xU17-mNX_normal.jpg",
      "id" : 18496432,
      "verified" : false
    }
  },
  "id" : 654741963871129601,
  "created_at" : "2015-10-15 19:33:43 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mathias Meyer",
      "screen_name" : "roidrage",
      "indices" : [ 3, 12 ],
      "id_str" : "14658472",
      "id" : 14658472
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 59, 81 ],
      "url" : "http:\/\/t.co\/ClPG3ArnKU",
      "expanded_url" : "http:\/\/www.cheatsheet.com\/money-career\/unlimited-vacation-what-you-should-know-about-this-time-off-trend.html\/?a=viewall",
      "display_url" : "cheatsheet.com\/money-career\/u\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "654668673643212800",
  "text" : "RT @roidrage: There's no such thing as unlimited time off: http:\/\/t.co\/ClPG3ArnKU\n\nThere's always a hidden limit of what's acceptable.",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 45, 67 ],
        "url" : "http:\/\/t.co\/ClPG3ArnKU",
        "expanded_url" : "http:\/\/www.cheatsheet.com\/money-career\/unlimited-vacation-what-you-should-know-about-this-time-off-trend.html\/?a=viewall",
        "display_url" : "cheatsheet.com\/money-career\/u\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "654584454971846656",
    "text" : "There's no such thing as unlimited time off: http:\/\/t.co\/ClPG3ArnKU\n\nThere's always a hidden limit of what's acceptable.",
    "id" : 654584454971846656,
    "created_at" : "2015-10-15 09:07:50 +0000",
    "user" : {
      "name" : "Mathias Meyer",
      "screen_name" : "roidrage",
      "protected" : false,
      "id_str" : "14658472",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/2938540224\/9ffc554b0eabb077a915cfe0d56f3c1f_normal.jpeg",
      "id" : 14658472,
      "verified" : false
    }
  },
  "id" : 654668673643212800,
  "created_at" : "2015-10-15 14:42:29 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Wheaty Bulgur",
      "screen_name" : "moonpolysoft",
      "indices" : [ 0, 13 ],
      "id_str" : "14204623",
      "id" : 14204623
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654502536326438912",
  "geo" : { },
  "id_str" : "654503379276722176",
  "in_reply_to_user_id" : 14204623,
  "text" : "@moonpolysoft that looks better than the lazy river",
  "id" : 654503379276722176,
  "in_reply_to_status_id" : 654502536326438912,
  "created_at" : "2015-10-15 03:45:40 +0000",
  "in_reply_to_screen_name" : "moonpolysoft",
  "in_reply_to_user_id_str" : "14204623",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Wheaty Bulgur",
      "screen_name" : "moonpolysoft",
      "indices" : [ 0, 13 ],
      "id_str" : "14204623",
      "id" : 14204623
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654498969033142276",
  "geo" : { },
  "id_str" : "654500985344159744",
  "in_reply_to_user_id" : 14204623,
  "text" : "@moonpolysoft it\u2019s a shit substitute but I\u2019m pretty sure you can bring your own beer to the waterworld in concord",
  "id" : 654500985344159744,
  "in_reply_to_status_id" : 654498969033142276,
  "created_at" : "2015-10-15 03:36:09 +0000",
  "in_reply_to_screen_name" : "moonpolysoft",
  "in_reply_to_user_id_str" : "14204623",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 84, 107 ],
      "url" : "https:\/\/t.co\/oMcREU8qTK",
      "expanded_url" : "https:\/\/www.youtube.com\/watch?v=b2F-DItXtZs",
      "display_url" : "youtube.com\/watch?v=b2F-DI\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "654458664586117120",
  "text" : "CircleCI is down again, so I'm just gonna put on my headphones and watch this again https:\/\/t.co\/oMcREU8qTK",
  "id" : 654458664586117120,
  "created_at" : "2015-10-15 00:47:59 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "654455167052480512",
  "text" : "I tested a third party javascript library today and the error messages were only slightly hideous.",
  "id" : 654455167052480512,
  "created_at" : "2015-10-15 00:34:05 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jamesha Fisher",
      "screen_name" : "jamfish728",
      "indices" : [ 0, 11 ],
      "id_str" : "17982417",
      "id" : 17982417
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/654422426927824896\/photo\/1",
      "indices" : [ 12, 34 ],
      "url" : "http:\/\/t.co\/m5NCy3FWP7",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRT5ur4UAAAkTvH.jpg",
      "id_str" : "654422426323779584",
      "id" : 654422426323779584,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRT5ur4UAAAkTvH.jpg",
      "sizes" : [ {
        "h" : 1365,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 1600,
        "resize" : "fit",
        "w" : 1200
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/m5NCy3FWP7"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654419045173886981",
  "geo" : { },
  "id_str" : "654422426927824896",
  "in_reply_to_user_id" : 17982417,
  "text" : "@jamfish728 http:\/\/t.co\/m5NCy3FWP7",
  "id" : 654422426927824896,
  "in_reply_to_status_id" : 654419045173886981,
  "created_at" : "2015-10-14 22:23:59 +0000",
  "in_reply_to_screen_name" : "jamfish728",
  "in_reply_to_user_id_str" : "17982417",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "654381647945596928",
  "text" : "If I never heard the phrase \u201CUnicorn\u201D again it would be too soon",
  "id" : 654381647945596928,
  "created_at" : "2015-10-14 19:41:57 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654323377172168705",
  "geo" : { },
  "id_str" : "654324779160240128",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek can check off technical details till the cows come home but you need to have the mindset that every patch is subtly broken",
  "id" : 654324779160240128,
  "in_reply_to_status_id" : 654323377172168705,
  "created_at" : "2015-10-14 15:55:58 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 24, 47 ],
      "url" : "https:\/\/t.co\/TxTpgNpp7Z",
      "expanded_url" : "https:\/\/twitter.com\/kottke\/status\/654315984581361664",
      "display_url" : "twitter.com\/kottke\/status\/\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "654323869797367809",
  "text" : "Hope this trend spreads https:\/\/t.co\/TxTpgNpp7Z",
  "id" : 654323869797367809,
  "created_at" : "2015-10-14 15:52:21 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "654323377172168705",
  "text" : "How to get better at code review: assume if you don\u2019t find the defects in the patch, servers will crash, hotpatching, more on call work, &amp;c",
  "id" : 654323377172168705,
  "created_at" : "2015-10-14 15:50:24 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654299554351677441",
  "geo" : { },
  "id_str" : "654302795563073536",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow Mandarin replaces English as the default language for interstellar communication",
  "id" : 654302795563073536,
  "in_reply_to_status_id" : 654299554351677441,
  "created_at" : "2015-10-14 14:28:37 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654299554351677441",
  "geo" : { },
  "id_str" : "654302148042231809",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow Oscar Isaac must journey to China to discover the secrets of the Force",
  "id" : 654302148042231809,
  "in_reply_to_status_id" : 654299554351677441,
  "created_at" : "2015-10-14 14:26:03 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654299554351677441",
  "geo" : { },
  "id_str" : "654302031339884548",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow Chinese PM choking an NPC to death over Videoconference",
  "id" : 654302031339884548,
  "in_reply_to_status_id" : 654299554351677441,
  "created_at" : "2015-10-14 14:25:35 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654299554351677441",
  "geo" : { },
  "id_str" : "654301819858907136",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow Vader asking China\u2019s approval before destroying Alderaan",
  "id" : 654301819858907136,
  "in_reply_to_status_id" : 654299554351677441,
  "created_at" : "2015-10-14 14:24:44 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/654171386672381952\/photo\/1",
      "indices" : [ 0, 22 ],
      "url" : "http:\/\/t.co\/RU9EErEGld",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRQVaMcUYAARjDt.jpg",
      "id_str" : "654171385636347904",
      "id" : 654171385636347904,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRQVaMcUYAARjDt.jpg",
      "sizes" : [ {
        "h" : 768,
        "resize" : "fit",
        "w" : 1024
      }, {
        "h" : 1200,
        "resize" : "fit",
        "w" : 1600
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 450,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 255,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/RU9EErEGld"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "654171386672381952",
  "text" : "http:\/\/t.co\/RU9EErEGld",
  "id" : 654171386672381952,
  "created_at" : "2015-10-14 05:46:27 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "KEVIN BURKE",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    }, {
      "name" : "Shyp",
      "screen_name" : "shyp",
      "indices" : [ 12, 17 ],
      "id_str" : "1406374028",
      "id" : 1406374028
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654131489056034816",
  "geo" : { },
  "id_str" : "654132113076170752",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek @shyp (every client has been using TLS for a while &amp; we have HSTS headers set as well)",
  "id" : 654132113076170752,
  "in_reply_to_status_id" : 654131489056034816,
  "created_at" : "2015-10-14 03:10:23 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Shyp",
      "screen_name" : "shyp",
      "indices" : [ 48, 53 ],
      "id_str" : "1406374028",
      "id" : 1406374028
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "654131489056034816",
  "text" : "FYI today we disabled unencrypted access to the @shyp API (if you are building an API this is something you should do from the start!)",
  "id" : 654131489056034816,
  "created_at" : "2015-10-14 03:07:54 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "654095661038592000",
  "geo" : { },
  "id_str" : "654097240722509828",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio yeah\u2026 do you know something else that does full screen text",
  "id" : 654097240722509828,
  "in_reply_to_status_id" : 654095661038592000,
  "created_at" : "2015-10-14 00:51:49 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Janice Fraser",
      "screen_name" : "clevergirl",
      "indices" : [ 0, 11 ],
      "id_str" : "2372",
      "id" : 2372
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653816940071272448",
  "geo" : { },
  "id_str" : "654061085121638401",
  "in_reply_to_user_id" : 2372,
  "text" : "@clevergirl \u201CDell. Purely You.\u201D",
  "id" : 654061085121638401,
  "in_reply_to_status_id" : 653816940071272448,
  "created_at" : "2015-10-13 22:28:09 +0000",
  "in_reply_to_screen_name" : "clevergirl",
  "in_reply_to_user_id_str" : "2372",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 16, 39 ],
      "url" : "https:\/\/t.co\/ukVKCcr4Mv",
      "expanded_url" : "https:\/\/api.monosnap.com\/rpc\/file\/download?id=51Uunh00i4AvwL8n4k08VVFqtSvCZw",
      "display_url" : "api.monosnap.com\/rpc\/file\/downl\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "654005917617360896",
  "geo" : { },
  "id_str" : "654006595743936513",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda https:\/\/t.co\/ukVKCcr4Mv",
  "id" : 654006595743936513,
  "in_reply_to_status_id" : 654005917617360896,
  "created_at" : "2015-10-13 18:51:37 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 115, 138 ],
      "url" : "https:\/\/t.co\/ufkVssVahO",
      "expanded_url" : "https:\/\/github.com\/kevinburke\/bigtext",
      "display_url" : "github.com\/kevinburke\/big\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "654001596204847104",
  "text" : "here is a dumb thing that might be useful if you want to show big ass text on your screen when a command completes https:\/\/t.co\/ufkVssVahO",
  "id" : 654001596204847104,
  "created_at" : "2015-10-13 18:31:45 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "EricaJoy",
      "screen_name" : "EricaJoy",
      "indices" : [ 3, 12 ],
      "id_str" : "817083",
      "id" : 817083
    }, {
      "name" : "Twitter",
      "screen_name" : "twitter",
      "indices" : [ 27, 35 ],
      "id_str" : "783214",
      "id" : 783214
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653996475005825024",
  "text" : "RT @EricaJoy: Count of PoC @twitter laid off today: 5\n\nAll, in addition to the jobs they were paid for, did diversity work.\n\nThere's a mess\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Twitter",
        "screen_name" : "twitter",
        "indices" : [ 13, 21 ],
        "id_str" : "783214",
        "id" : 783214
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "653989697262256129",
    "text" : "Count of PoC @twitter laid off today: 5\n\nAll, in addition to the jobs they were paid for, did diversity work.\n\nThere's a message for you.",
    "id" : 653989697262256129,
    "created_at" : "2015-10-13 17:44:29 +0000",
    "user" : {
      "name" : "EricaJoy",
      "screen_name" : "EricaJoy",
      "protected" : false,
      "id_str" : "817083",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/615394260532097024\/U_5-Y48e_normal.jpg",
      "id" : 817083,
      "verified" : false
    }
  },
  "id" : 653996475005825024,
  "created_at" : "2015-10-13 18:11:24 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Patrick McKenzie",
      "screen_name" : "patio11",
      "indices" : [ 0, 8 ],
      "id_str" : "20844341",
      "id" : 20844341
    }, {
      "name" : "Kelsey Hightower",
      "screen_name" : "kelseyhightower",
      "indices" : [ 9, 25 ],
      "id_str" : "159822053",
      "id" : 159822053
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653963666392395776",
  "geo" : { },
  "id_str" : "653971895868526592",
  "in_reply_to_user_id" : 20844341,
  "text" : "@patio11 @kelseyhightower don\u2019t forget about the time silicon valleys biggest companies colluded to keep salaries down!",
  "id" : 653971895868526592,
  "in_reply_to_status_id" : 653963666392395776,
  "created_at" : "2015-10-13 16:33:44 +0000",
  "in_reply_to_screen_name" : "patio11",
  "in_reply_to_user_id_str" : "20844341",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Bart Teeuwisse",
      "screen_name" : "bartt",
      "indices" : [ 3, 9 ],
      "id_str" : "3913671",
      "id" : 3913671
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/bartt\/status\/653946266938818561\/photo\/1",
      "indices" : [ 88, 110 ],
      "url" : "http:\/\/t.co\/MbjFwYLcU2",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRNIqReVEAE5hfG.jpg",
      "id_str" : "653946261981171713",
      "id" : 653946261981171713,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRNIqReVEAE5hfG.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      }, {
        "h" : 605,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      } ],
      "display_url" : "pic.twitter.com\/MbjFwYLcU2"
    }, {
      "expanded_url" : "http:\/\/twitter.com\/bartt\/status\/653946266938818561\/photo\/1",
      "indices" : [ 88, 110 ],
      "url" : "http:\/\/t.co\/MbjFwYLcU2",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRNIqRrVEAAP_nV.jpg",
      "id_str" : "653946262035697664",
      "id" : 653946262035697664,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRNIqRrVEAAP_nV.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 575
      }, {
        "h" : 605,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/MbjFwYLcU2"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653954484473720832",
  "text" : "RT @bartt: I've been impacted by $TWTR's layoffs. This is how I found out this morning. http:\/\/t.co\/MbjFwYLcU2",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter for  iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/bartt\/status\/653946266938818561\/photo\/1",
        "indices" : [ 77, 99 ],
        "url" : "http:\/\/t.co\/MbjFwYLcU2",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CRNIqReVEAE5hfG.jpg",
        "id_str" : "653946261981171713",
        "id" : 653946261981171713,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRNIqReVEAE5hfG.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        }, {
          "h" : 605,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        } ],
        "display_url" : "pic.twitter.com\/MbjFwYLcU2"
      }, {
        "expanded_url" : "http:\/\/twitter.com\/bartt\/status\/653946266938818561\/photo\/1",
        "indices" : [ 77, 99 ],
        "url" : "http:\/\/t.co\/MbjFwYLcU2",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CRNIqRrVEAAP_nV.jpg",
        "id_str" : "653946262035697664",
        "id" : 653946262035697664,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRNIqRrVEAAP_nV.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 575
        }, {
          "h" : 605,
          "resize" : "fit",
          "w" : 340
        } ],
        "display_url" : "pic.twitter.com\/MbjFwYLcU2"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "653946266938818561",
    "text" : "I've been impacted by $TWTR's layoffs. This is how I found out this morning. http:\/\/t.co\/MbjFwYLcU2",
    "id" : 653946266938818561,
    "created_at" : "2015-10-13 14:51:54 +0000",
    "user" : {
      "name" : "Bart Teeuwisse",
      "screen_name" : "bartt",
      "protected" : false,
      "id_str" : "3913671",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/488811874083819520\/cViAGu73_normal.jpeg",
      "id" : 3913671,
      "verified" : false
    }
  },
  "id" : 653954484473720832,
  "created_at" : "2015-10-13 15:24:33 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Cory Benfield",
      "screen_name" : "Lukasaoz",
      "indices" : [ 0, 9 ],
      "id_str" : "18380894",
      "id" : 18380894
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653908390654148608",
  "geo" : { },
  "id_str" : "653919823290695680",
  "in_reply_to_user_id" : 18380894,
  "text" : "@Lukasaoz sadly I\u2019ve given up on trying to notify\/fix these, no one knows what you are talking about when you write in :(",
  "id" : 653919823290695680,
  "in_reply_to_status_id" : 653908390654148608,
  "created_at" : "2015-10-13 13:06:49 +0000",
  "in_reply_to_screen_name" : "Lukasaoz",
  "in_reply_to_user_id_str" : "18380894",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Janice Fraser",
      "screen_name" : "clevergirl",
      "indices" : [ 0, 11 ],
      "id_str" : "2372",
      "id" : 2372
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653815279198167040",
  "geo" : { },
  "id_str" : "653815986060050432",
  "in_reply_to_user_id" : 2372,
  "text" : "@clevergirl what can dell do for you janice?",
  "id" : 653815986060050432,
  "in_reply_to_status_id" : 653815279198167040,
  "created_at" : "2015-10-13 06:14:13 +0000",
  "in_reply_to_screen_name" : "clevergirl",
  "in_reply_to_user_id_str" : "2372",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    }, {
      "name" : "Ryan Lackey",
      "screen_name" : "octal",
      "indices" : [ 12, 18 ],
      "id_str" : "814667",
      "id" : 814667
    }, {
      "name" : "1Password",
      "screen_name" : "1Password",
      "indices" : [ 19, 29 ],
      "id_str" : "793926",
      "id" : 793926
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653743686379966464",
  "geo" : { },
  "id_str" : "653757806219128832",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek @octal @1Password disabled 3G\/wifi, dismissed the dialog 7 more times, then it stopped appearing!",
  "id" : 653757806219128832,
  "in_reply_to_status_id" : 653743686379966464,
  "created_at" : "2015-10-13 02:23:01 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653743686379966464",
  "text" : "New game is trying to type in my 1Password master password faster than the alert dialog can reappear",
  "id" : 653743686379966464,
  "created_at" : "2015-10-13 01:26:55 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653741835697827840",
  "geo" : { },
  "id_str" : "653743419206975489",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek the prompt just reappeared after I hit \u201CCancel\u201D ten times in a 5 second interval",
  "id" : 653743419206975489,
  "in_reply_to_status_id" : 653741835697827840,
  "created_at" : "2015-10-13 01:25:51 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653741835697827840",
  "text" : "A cool thing about restoring your iPhone is that iOS prompts for your iCloud password literally every 5 seconds",
  "id" : 653741835697827840,
  "created_at" : "2015-10-13 01:19:34 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Natasha W.",
      "screen_name" : "natasha_whit",
      "indices" : [ 0, 13 ],
      "id_str" : "76789136",
      "id" : 76789136
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653723077394632704",
  "geo" : { },
  "id_str" : "653724851681693696",
  "in_reply_to_user_id" : 76789136,
  "text" : "@natasha_whit oh no are people commenting about a twilio product launch on hacker news",
  "id" : 653724851681693696,
  "in_reply_to_status_id" : 653723077394632704,
  "created_at" : "2015-10-13 00:12:04 +0000",
  "in_reply_to_screen_name" : "natasha_whit",
  "in_reply_to_user_id_str" : "76789136",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Pinboard",
      "screen_name" : "Pinboard",
      "indices" : [ 3, 12 ],
      "id_str" : "55525953",
      "id" : 55525953
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653715389541519360",
  "text" : "RT @Pinboard: My modest proposal: your website should not exceed in file size the major works of Russian literature. Anna Karenina, for exa\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/sites.google.com\/site\/yorufukurou\/\" rel=\"nofollow\"\u003EYoruFukurou\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "653714626857730048",
    "text" : "My modest proposal: your website should not exceed in file size the major works of Russian literature. Anna Karenina, for example, is 1.8 MB",
    "id" : 653714626857730048,
    "created_at" : "2015-10-12 23:31:27 +0000",
    "user" : {
      "name" : "Pinboard",
      "screen_name" : "Pinboard",
      "protected" : false,
      "id_str" : "55525953",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/494414965\/logo_normal.png",
      "id" : 55525953,
      "verified" : false
    }
  },
  "id" : 653715389541519360,
  "created_at" : "2015-10-12 23:34:28 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Marco Rogers",
      "screen_name" : "polotek",
      "indices" : [ 3, 11 ],
      "id_str" : "20079975",
      "id" : 20079975
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653651972554297344",
  "text" : "RT @polotek: Companies are setting themselves up for failure by scrambling to hire ppl from marginalized groups but doing nothing to make s\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "in_reply_to_status_id_str" : "653644755901919232",
    "geo" : { },
    "id_str" : "653645044348358656",
    "in_reply_to_user_id" : 20079975,
    "text" : "Companies are setting themselves up for failure by scrambling to hire ppl from marginalized groups but doing nothing to make sure they stay.",
    "id" : 653645044348358656,
    "in_reply_to_status_id" : 653644755901919232,
    "created_at" : "2015-10-12 18:54:57 +0000",
    "in_reply_to_screen_name" : "polotek",
    "in_reply_to_user_id_str" : "20079975",
    "user" : {
      "name" : "Marco Rogers",
      "screen_name" : "polotek",
      "protected" : false,
      "id_str" : "20079975",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/3603780451\/4775e8c65a9f6f70c824a5b689e6295c_normal.jpeg",
      "id" : 20079975,
      "verified" : false
    }
  },
  "id" : 653651972554297344,
  "created_at" : "2015-10-12 19:22:29 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "frank stratton",
      "screen_name" : "FrankRStratton",
      "indices" : [ 0, 15 ],
      "id_str" : "98951888",
      "id" : 98951888
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 16, 39 ],
      "url" : "https:\/\/t.co\/3tt8NyJoJW",
      "expanded_url" : "https:\/\/twitter.com\/mikemaccana\/status\/652082787877568512",
      "display_url" : "twitter.com\/mikemaccana\/st\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "653646146720526336",
  "in_reply_to_user_id" : 98951888,
  "text" : "@FrankRStratton https:\/\/t.co\/3tt8NyJoJW",
  "id" : 653646146720526336,
  "created_at" : "2015-10-12 18:59:20 +0000",
  "in_reply_to_screen_name" : "FrankRStratton",
  "in_reply_to_user_id_str" : "98951888",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Marginal Revolution",
      "screen_name" : "MargRev",
      "indices" : [ 3, 11 ],
      "id_str" : "252672612",
      "id" : 252672612
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 127, 140 ],
      "url" : "http:\/\/t.co\/IAdCIZLZfv",
      "expanded_url" : "http:\/\/bit.ly\/1ZuqLvf",
      "display_url" : "bit.ly\/1ZuqLvf"
    } ]
  },
  "geo" : { },
  "id_str" : "653574455680040964",
  "text" : "RT @MargRev: Nobel Prize winner is Angus Deaton: xxx\nI\u2019ll be updating the relevant posts throughout the morning, so hit ref... http:\/\/t.co\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitterfeed.com\" rel=\"nofollow\"\u003Etwitterfeed\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 114, 136 ],
        "url" : "http:\/\/t.co\/IAdCIZLZfv",
        "expanded_url" : "http:\/\/bit.ly\/1ZuqLvf",
        "display_url" : "bit.ly\/1ZuqLvf"
      } ]
    },
    "geo" : { },
    "id_str" : "653526050991792128",
    "text" : "Nobel Prize winner is Angus Deaton: xxx\nI\u2019ll be updating the relevant posts throughout the morning, so hit ref... http:\/\/t.co\/IAdCIZLZfv",
    "id" : 653526050991792128,
    "created_at" : "2015-10-12 11:02:07 +0000",
    "user" : {
      "name" : "Marginal Revolution",
      "screen_name" : "MargRev",
      "protected" : false,
      "id_str" : "252672612",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/681866112254914565\/GvjRis1q_normal.png",
      "id" : 252672612,
      "verified" : false
    }
  },
  "id" : 653574455680040964,
  "created_at" : "2015-10-12 14:14:27 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Caitie McCaffrey",
      "screen_name" : "caitie",
      "indices" : [ 0, 7 ],
      "id_str" : "20719205",
      "id" : 20719205
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653345932650545153",
  "geo" : { },
  "id_str" : "653348679076544512",
  "in_reply_to_user_id" : 20719205,
  "text" : "@caitie if you haven\u2019t read seveneves you would probably enjoy it! lots of problem solving on related lines",
  "id" : 653348679076544512,
  "in_reply_to_status_id" : 653345932650545153,
  "created_at" : "2015-10-11 23:17:18 +0000",
  "in_reply_to_screen_name" : "caitie",
  "in_reply_to_user_id_str" : "20719205",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Natasha W.",
      "screen_name" : "natasha_whit",
      "indices" : [ 0, 13 ],
      "id_str" : "76789136",
      "id" : 76789136
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653316566428192768",
  "in_reply_to_user_id" : 76789136,
  "text" : "@natasha_whit go raiders",
  "id" : 653316566428192768,
  "created_at" : "2015-10-11 21:09:42 +0000",
  "in_reply_to_screen_name" : "natasha_whit",
  "in_reply_to_user_id_str" : "76789136",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653015512457211904",
  "geo" : { },
  "id_str" : "653264183669059584",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek apparently there are a bunch of ways to write this and many people would like to show them to me! cool! thanks!",
  "id" : 653264183669059584,
  "in_reply_to_status_id" : 653015512457211904,
  "created_at" : "2015-10-11 17:41:33 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brian Mullen",
      "screen_name" : "btmulls",
      "indices" : [ 0, 8 ],
      "id_str" : "20099390",
      "id" : 20099390
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653083805985603584",
  "geo" : { },
  "id_str" : "653086621743484928",
  "in_reply_to_user_id" : 20099390,
  "text" : "@btmulls I wanted them to win",
  "id" : 653086621743484928,
  "in_reply_to_status_id" : 653083805985603584,
  "created_at" : "2015-10-11 05:55:59 +0000",
  "in_reply_to_screen_name" : "btmulls",
  "in_reply_to_user_id_str" : "20099390",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jacob H-A",
      "screen_name" : "j4cob",
      "indices" : [ 0, 6 ],
      "id_str" : "41329897",
      "id" : 41329897
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653075247453728768",
  "geo" : { },
  "id_str" : "653077742930399232",
  "in_reply_to_user_id" : 41329897,
  "text" : "@j4cob (also I believe there are many implementations in other languages as well!)",
  "id" : 653077742930399232,
  "in_reply_to_status_id" : 653075247453728768,
  "created_at" : "2015-10-11 05:20:42 +0000",
  "in_reply_to_screen_name" : "j4cob",
  "in_reply_to_user_id_str" : "41329897",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jacob H-A",
      "screen_name" : "j4cob",
      "indices" : [ 0, 6 ],
      "id_str" : "41329897",
      "id" : 41329897
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 75, 98 ],
      "url" : "https:\/\/t.co\/4f9cpKE8MF",
      "expanded_url" : "https:\/\/github.com\/kevinburke\/javascript-ipython",
      "display_url" : "github.com\/kevinburke\/jav\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "653075247453728768",
  "geo" : { },
  "id_str" : "653077673816625152",
  "in_reply_to_user_id" : 41329897,
  "text" : "@j4cob IPython is fairly flexible\u2026 I wrote a thing to use it w\/ javascript https:\/\/t.co\/4f9cpKE8MF",
  "id" : 653077673816625152,
  "in_reply_to_status_id" : 653075247453728768,
  "created_at" : "2015-10-11 05:20:25 +0000",
  "in_reply_to_screen_name" : "j4cob",
  "in_reply_to_user_id_str" : "41329897",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/ekrubnivek\/status\/653072236622974976\/photo\/1",
      "indices" : [ 11, 33 ],
      "url" : "http:\/\/t.co\/QhOME32eJ1",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CRAtvENVAAE_2xT.jpg",
      "id_str" : "653072232575467521",
      "id" : 653072232575467521,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CRAtvENVAAE_2xT.jpg",
      "sizes" : [ {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 3264,
        "resize" : "fit",
        "w" : 2448
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 1365,
        "resize" : "fit",
        "w" : 1024
      } ],
      "display_url" : "pic.twitter.com\/QhOME32eJ1"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "653072236622974976",
  "text" : "Recovering http:\/\/t.co\/QhOME32eJ1",
  "id" : 653072236622974976,
  "created_at" : "2015-10-11 04:58:49 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "tinybaby",
      "screen_name" : "tinybaby",
      "indices" : [ 3, 12 ],
      "id_str" : "15946976",
      "id" : 15946976
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 14, 37 ],
      "url" : "https:\/\/t.co\/YnEmthM6rH",
      "expanded_url" : "https:\/\/www.reddit.com\/r\/technology\/comments\/3o7n5g\/mozilla_changes_content_encoding_type_bro_to_br\/",
      "display_url" : "reddit.com\/r\/technology\/c\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "653034159812689920",
  "text" : "RT @tinybaby: https:\/\/t.co\/YnEmthM6rH im not really sure this industry is salvageable at this point",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 0, 23 ],
        "url" : "https:\/\/t.co\/YnEmthM6rH",
        "expanded_url" : "https:\/\/www.reddit.com\/r\/technology\/comments\/3o7n5g\/mozilla_changes_content_encoding_type_bro_to_br\/",
        "display_url" : "reddit.com\/r\/technology\/c\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "653028232166379522",
    "text" : "https:\/\/t.co\/YnEmthM6rH im not really sure this industry is salvageable at this point",
    "id" : 653028232166379522,
    "created_at" : "2015-10-11 02:03:57 +0000",
    "user" : {
      "name" : "tinybaby",
      "screen_name" : "tinybaby",
      "protected" : false,
      "id_str" : "15946976",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/1029892272\/0e5e9f85-47c3-42a0-8d41-9a0eac017576_normal.png",
      "id" : 15946976,
      "verified" : false
    }
  },
  "id" : 653034159812689920,
  "created_at" : "2015-10-11 02:27:31 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 67, 90 ],
      "url" : "https:\/\/t.co\/G5uIwBSs7K",
      "expanded_url" : "https:\/\/github.com\/kevinburke\/sll",
      "display_url" : "github.com\/kevinburke\/sll"
    } ]
  },
  "geo" : { },
  "id_str" : "653015512457211904",
  "text" : "I wrote a thing that will strip long lines from ack\/grep\/ag output https:\/\/t.co\/G5uIwBSs7K",
  "id" : 653015512457211904,
  "created_at" : "2015-10-11 01:13:25 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ben Sandofsky",
      "screen_name" : "sandofsky",
      "indices" : [ 0, 10 ],
      "id_str" : "699463",
      "id" : 699463
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653008927886458880",
  "geo" : { },
  "id_str" : "653010187737960448",
  "in_reply_to_user_id" : 699463,
  "text" : "@sandofsky wow must have been pretty high to get that shot! Or were the planes at an angle?",
  "id" : 653010187737960448,
  "in_reply_to_status_id" : 653008927886458880,
  "created_at" : "2015-10-11 00:52:15 +0000",
  "in_reply_to_screen_name" : "sandofsky",
  "in_reply_to_user_id_str" : "699463",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Josh Grenon",
      "screen_name" : "joshgrenon",
      "indices" : [ 0, 11 ],
      "id_str" : "13095172",
      "id" : 13095172
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "653002487637635072",
  "geo" : { },
  "id_str" : "653003590693359616",
  "in_reply_to_user_id" : 13095172,
  "text" : "@joshgrenon awesome! Nice socks haha",
  "id" : 653003590693359616,
  "in_reply_to_status_id" : 653002487637635072,
  "created_at" : "2015-10-11 00:26:02 +0000",
  "in_reply_to_screen_name" : "joshgrenon",
  "in_reply_to_user_id_str" : "13095172",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652959647268143104",
  "geo" : { },
  "id_str" : "652965377446580224",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio tell them Leanord Fournette is, in fact, Bad at football",
  "id" : 652965377446580224,
  "in_reply_to_status_id" : 652959647268143104,
  "created_at" : "2015-10-10 21:54:12 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 16, 39 ],
      "url" : "https:\/\/t.co\/VdCRRL2dSJ",
      "expanded_url" : "https:\/\/news.ycombinator.com\/item?id=10366006",
      "display_url" : "news.ycombinator.com\/item?id=103660\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "652904288503533568",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy hi https:\/\/t.co\/VdCRRL2dSJ",
  "id" : 652904288503533568,
  "created_at" : "2015-10-10 17:51:27 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "652904227128274948",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy Come to HN to have all of your procedures second guessed",
  "id" : 652904227128274948,
  "created_at" : "2015-10-10 17:51:12 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652888553672843268",
  "geo" : { },
  "id_str" : "652903590533529601",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda come to skin disease health drink store in 10 minutes if you want an ass kicking",
  "id" : 652903590533529601,
  "in_reply_to_status_id" : 652888553672843268,
  "created_at" : "2015-10-10 17:48:41 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Adam Steinbaugh",
      "screen_name" : "adamsteinbaugh",
      "indices" : [ 0, 15 ],
      "id_str" : "10660802",
      "id" : 10660802
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652876531333660672",
  "geo" : { },
  "id_str" : "652881486257885184",
  "in_reply_to_user_id" : 10660802,
  "text" : "@adamsteinbaugh is there any more news? What happens now?",
  "id" : 652881486257885184,
  "in_reply_to_status_id" : 652876531333660672,
  "created_at" : "2015-10-10 16:20:50 +0000",
  "in_reply_to_screen_name" : "adamsteinbaugh",
  "in_reply_to_user_id_str" : "10660802",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652855653619240960",
  "geo" : { },
  "id_str" : "652880537934168064",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio literally its just if 3 ppl saw it on new page, so random",
  "id" : 652880537934168064,
  "in_reply_to_status_id" : 652855653619240960,
  "created_at" : "2015-10-10 16:17:04 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "indices" : [ 0, 6 ],
      "id_str" : "49820803",
      "id" : 49820803
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652694626931859456",
  "geo" : { },
  "id_str" : "652696077582249985",
  "in_reply_to_user_id" : 49820803,
  "text" : "@aphyr It\u2019s been not-awful enough that I figured I\u2019d try\u2026 idk i\u2019ll probably end up regretting it.",
  "id" : 652696077582249985,
  "in_reply_to_status_id" : 652694626931859456,
  "created_at" : "2015-10-10 04:04:06 +0000",
  "in_reply_to_screen_name" : "aphyr",
  "in_reply_to_user_id_str" : "49820803",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "652695928067899392",
  "text" : "\u201CWe are told there is a shortage of talent. In reality there is a shortage of people willing to risk their careers on your company\u201D",
  "id" : 652695928067899392,
  "created_at" : "2015-10-10 04:03:30 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fluffy Puppy",
      "screen_name" : "aphyr",
      "indices" : [ 0, 6 ],
      "id_str" : "49820803",
      "id" : 49820803
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 64, 87 ],
      "url" : "https:\/\/t.co\/xTPezIInPU",
      "expanded_url" : "https:\/\/lobste.rs\/s\/yz1nxq\/can_we_put_less_weight_on_low-vote_high-comment_stories",
      "display_url" : "lobste.rs\/s\/yz1nxq\/can_w\u2026"
    } ]
  },
  "in_reply_to_status_id_str" : "652515226571530240",
  "geo" : { },
  "id_str" : "652691928333418496",
  "in_reply_to_user_id" : 49820803,
  "text" : "@aphyr that post bothered me too, what do you think about this? https:\/\/t.co\/xTPezIInPU",
  "id" : 652691928333418496,
  "in_reply_to_status_id" : 652515226571530240,
  "created_at" : "2015-10-10 03:47:36 +0000",
  "in_reply_to_screen_name" : "aphyr",
  "in_reply_to_user_id_str" : "49820803",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brian Mullen",
      "screen_name" : "btmulls",
      "indices" : [ 0, 8 ],
      "id_str" : "20099390",
      "id" : 20099390
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652668491456204800",
  "geo" : { },
  "id_str" : "652677150798036992",
  "in_reply_to_user_id" : 20099390,
  "text" : "@btmulls Wow how long do you have to wait on a Friday night at 7?",
  "id" : 652677150798036992,
  "in_reply_to_status_id" : 652668491456204800,
  "created_at" : "2015-10-10 02:48:53 +0000",
  "in_reply_to_screen_name" : "btmulls",
  "in_reply_to_user_id_str" : "20099390",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Cem Paya",
      "screen_name" : "randomoracle",
      "indices" : [ 3, 16 ],
      "id_str" : "18412421",
      "id" : 18412421
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "Nodejs",
      "indices" : [ 124, 131 ]
    } ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "https:\/\/t.co\/sPtPfhYomX",
      "expanded_url" : "https:\/\/medium.com\/@c2c\/nodejs-a-quick-optimization-advice-7353b820c92e",
      "display_url" : "medium.com\/@c2c\/nodejs-a-\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "652658868376309760",
  "text" : "RT @randomoracle: 1995: Laugh when someone asks if stripping comments will speed up C\/C++ code\n2015: That really happens in #Nodejs\nhttps:\/\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "Nodejs",
        "indices" : [ 106, 113 ]
      } ],
      "urls" : [ {
        "indices" : [ 114, 137 ],
        "url" : "https:\/\/t.co\/sPtPfhYomX",
        "expanded_url" : "https:\/\/medium.com\/@c2c\/nodejs-a-quick-optimization-advice-7353b820c92e",
        "display_url" : "medium.com\/@c2c\/nodejs-a-\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "652535752472035328",
    "text" : "1995: Laugh when someone asks if stripping comments will speed up C\/C++ code\n2015: That really happens in #Nodejs\nhttps:\/\/t.co\/sPtPfhYomX",
    "id" : 652535752472035328,
    "created_at" : "2015-10-09 17:27:01 +0000",
    "user" : {
      "name" : "Cem Paya",
      "screen_name" : "randomoracle",
      "protected" : false,
      "id_str" : "18412421",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/607559207542398976\/nQPb_rIY_normal.jpg",
      "id" : 18412421,
      "verified" : false
    }
  },
  "id" : 652658868376309760,
  "created_at" : "2015-10-10 01:36:14 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652576886816555008",
  "geo" : { },
  "id_str" : "652578783656972288",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek love that analogy because the Cessna is so proud to hit 90, but you can get 1900 out of the box by choosing good tools",
  "id" : 652578783656972288,
  "in_reply_to_status_id" : 652576886816555008,
  "created_at" : "2015-10-09 20:18:01 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jeff Hodges",
      "screen_name" : "jmhodges",
      "indices" : [ 3, 12 ],
      "id_str" : "9267272",
      "id" : 9267272
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "652578312108183552",
  "text" : "RT @jmhodges: I'm pretty sure good senior engineers spend a disproportionately large amount of their time improving tools. Like speeding up\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/itunes.apple.com\/us\/app\/twitter\/id409789998?mt=12\" rel=\"nofollow\"\u003ETwitter for Mac\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "652578035967770625",
    "text" : "I'm pretty sure good senior engineers spend a disproportionately large amount of their time improving tools. Like speeding up builds, etc.",
    "id" : 652578035967770625,
    "created_at" : "2015-10-09 20:15:02 +0000",
    "user" : {
      "name" : "Jeff Hodges",
      "screen_name" : "jmhodges",
      "protected" : false,
      "id_str" : "9267272",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/686493203365642240\/rQu6AbOf_normal.jpg",
      "id" : 9267272,
      "verified" : false
    }
  },
  "id" : 652578312108183552,
  "created_at" : "2015-10-09 20:16:08 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 90, 112 ],
      "url" : "http:\/\/t.co\/hHlzJXusR8",
      "expanded_url" : "http:\/\/oppositelock.kinja.com\/favorite-sr-71-story-1079127041",
      "display_url" : "oppositelock.kinja.com\/favorite-sr-71\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "652576886816555008",
  "text" : "Benchmarking Javascript performance is kind of like being the Cessna pilot in this story  http:\/\/t.co\/hHlzJXusR8",
  "id" : 652576886816555008,
  "created_at" : "2015-10-09 20:10:28 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NoMethodError",
      "screen_name" : "kyle_conroy",
      "indices" : [ 0, 12 ],
      "id_str" : "160248151",
      "id" : 160248151
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652327063047680000",
  "geo" : { },
  "id_str" : "652327459065499648",
  "in_reply_to_user_id" : 160248151,
  "text" : "@kyle_conroy any man writing a database query without a timeout will spend a night in the box",
  "id" : 652327459065499648,
  "in_reply_to_status_id" : 652327063047680000,
  "created_at" : "2015-10-09 03:39:20 +0000",
  "in_reply_to_screen_name" : "kyle_conroy",
  "in_reply_to_user_id_str" : "160248151",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jamesha Fisher",
      "screen_name" : "jamfish728",
      "indices" : [ 0, 11 ],
      "id_str" : "17982417",
      "id" : 17982417
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "652187157180903424",
  "geo" : { },
  "id_str" : "652195827306229760",
  "in_reply_to_user_id" : 17982417,
  "text" : "@jamfish728 yep haha let someone else figure out all of the broken stuff",
  "id" : 652195827306229760,
  "in_reply_to_status_id" : 652187157180903424,
  "created_at" : "2015-10-08 18:56:17 +0000",
  "in_reply_to_screen_name" : "jamfish728",
  "in_reply_to_user_id_str" : "17982417",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "652173519950737408",
  "text" : "Really hope the first white paper out of YC Research is \"just use Postgres for your company's datastore\"",
  "id" : 652173519950737408,
  "created_at" : "2015-10-08 17:27:38 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651971951326457856",
  "text" : "I did power cleans today for the first time in 6 years and it felt good",
  "id" : 651971951326457856,
  "created_at" : "2015-10-08 04:06:40 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Jamesha Fisher",
      "screen_name" : "jamfish728",
      "indices" : [ 0, 11 ],
      "id_str" : "17982417",
      "id" : 17982417
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651119353794990081",
  "geo" : { },
  "id_str" : "651971471724576768",
  "in_reply_to_user_id" : 17982417,
  "text" : "@jamfish728 see you there!",
  "id" : 651971471724576768,
  "in_reply_to_status_id" : 651119353794990081,
  "created_at" : "2015-10-08 04:04:46 +0000",
  "in_reply_to_screen_name" : "jamfish728",
  "in_reply_to_user_id_str" : "17982417",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651922036630032384",
  "text" : "When Justin Timberlake said \"you know what's cool, a billion dollars\" he was talking directly to the 12 year old in Blank Check (1994)",
  "id" : 651922036630032384,
  "created_at" : "2015-10-08 00:48:20 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651920866905690112",
  "text" : "Those things are expensive as hell! That kid can negotiate",
  "id" : 651920866905690112,
  "created_at" : "2015-10-08 00:43:41 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651920684642267136",
  "text" : "I don't know if anyone's brought this up, but the kid in Blank Check got a castle house, a go kart track, a water slide, AND a limo for $1M.",
  "id" : 651920684642267136,
  "created_at" : "2015-10-08 00:42:57 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tom Johnson",
      "screen_name" : "tomjohnson",
      "indices" : [ 3, 14 ],
      "id_str" : "707893",
      "id" : 707893
    } ],
    "media" : [ ],
    "hashtags" : [ {
      "text" : "api",
      "indices" : [ 28, 32 ]
    }, {
      "text" : "techcomm",
      "indices" : [ 84, 93 ]
    } ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651894798798815232",
  "text" : "RT @tomjohnson: Is there an #api that needs better documentation? I know a group of #techcomm writers looking for API experience.  They wou\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ {
        "text" : "api",
        "indices" : [ 12, 16 ]
      }, {
        "text" : "techcomm",
        "indices" : [ 68, 77 ]
      } ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "651893184537059329",
    "text" : "Is there an #api that needs better documentation? I know a group of #techcomm writers looking for API experience.  They would be volunteers.",
    "id" : 651893184537059329,
    "created_at" : "2015-10-07 22:53:41 +0000",
    "user" : {
      "name" : "Tom Johnson",
      "screen_name" : "tomjohnson",
      "protected" : false,
      "id_str" : "707893",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/611727131651932160\/-U81bqYn_normal.png",
      "id" : 707893,
      "verified" : false
    }
  },
  "id" : 651894798798815232,
  "created_at" : "2015-10-07 23:00:06 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "High Scalability",
      "screen_name" : "highscalability",
      "indices" : [ 3, 19 ],
      "id_str" : "38721090",
      "id" : 38721090
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "http:\/\/t.co\/6r1kQCtpMi",
      "expanded_url" : "http:\/\/bit.ly\/1LkPpDT",
      "display_url" : "bit.ly\/1LkPpDT"
    } ]
  },
  "geo" : { },
  "id_str" : "651812673491877888",
  "text" : "RT @highscalability: Zappos's Website Frozen for Two Years as it Integrates with Amazon: \nHere's an interesting nugget\u00A0from a wonde... http\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitterfeed.com\" rel=\"nofollow\"\u003Etwitterfeed\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 114, 136 ],
        "url" : "http:\/\/t.co\/6r1kQCtpMi",
        "expanded_url" : "http:\/\/bit.ly\/1LkPpDT",
        "display_url" : "bit.ly\/1LkPpDT"
      } ]
    },
    "geo" : { },
    "id_str" : "651810515459543040",
    "text" : "Zappos's Website Frozen for Two Years as it Integrates with Amazon: \nHere's an interesting nugget\u00A0from a wonde... http:\/\/t.co\/6r1kQCtpMi",
    "id" : 651810515459543040,
    "created_at" : "2015-10-07 17:25:11 +0000",
    "user" : {
      "name" : "High Scalability",
      "screen_name" : "highscalability",
      "protected" : false,
      "id_str" : "38721090",
      "profile_image_url_https" : "https:\/\/abs.twimg.com\/sticky\/default_profile_images\/default_profile_2_normal.png",
      "id" : 38721090,
      "verified" : false
    }
  },
  "id" : 651812673491877888,
  "created_at" : "2015-10-07 17:33:46 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651807986583601152",
  "text" : "your microservices gain power by traveling to gyms and defeating their gym leaders in battle",
  "id" : 651807986583601152,
  "created_at" : "2015-10-07 17:15:08 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Alan Shreve",
      "screen_name" : "inconshreveable",
      "indices" : [ 0, 16 ],
      "id_str" : "868945460",
      "id" : 868945460
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651798351919235072",
  "geo" : { },
  "id_str" : "651805305035079680",
  "in_reply_to_user_id" : 868945460,
  "text" : "@inconshreveable when the enemy grows to incredible size, the microservices can, for instance, combine their powers into a megaservice",
  "id" : 651805305035079680,
  "in_reply_to_status_id" : 651798351919235072,
  "created_at" : "2015-10-07 17:04:29 +0000",
  "in_reply_to_screen_name" : "inconshreveable",
  "in_reply_to_user_id_str" : "868945460",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Tilde Ann Thurium",
      "screen_name" : "annthurium",
      "indices" : [ 1, 12 ],
      "id_str" : "17101287",
      "id" : 17101287
    }, {
      "name" : "Peter Seibel",
      "screen_name" : "peterseibel",
      "indices" : [ 33, 45 ],
      "id_str" : "40684667",
      "id" : 40684667
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651503650955661312",
  "geo" : { },
  "id_str" : "651791416490749952",
  "in_reply_to_user_id" : 17101287,
  "text" : ".@annthurium in \"Coders at Work\" @peterseibel asked famous programmers whether they do this and I think about half of them answered yes",
  "id" : 651791416490749952,
  "in_reply_to_status_id" : 651503650955661312,
  "created_at" : "2015-10-07 16:09:18 +0000",
  "in_reply_to_screen_name" : "annthurium",
  "in_reply_to_user_id_str" : "17101287",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Brandon West",
      "screen_name" : "bwest",
      "indices" : [ 0, 6 ],
      "id_str" : "16517063",
      "id" : 16517063
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651758870679932928",
  "geo" : { },
  "id_str" : "651765065197092865",
  "in_reply_to_user_id" : 16517063,
  "text" : "@bwest anything less than sandwich boards and you should walk",
  "id" : 651765065197092865,
  "in_reply_to_status_id" : 651758870679932928,
  "created_at" : "2015-10-07 14:24:35 +0000",
  "in_reply_to_screen_name" : "bwest",
  "in_reply_to_user_id_str" : "16517063",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 18, 40 ],
      "url" : "http:\/\/t.co\/DajfvRnlzQ",
      "expanded_url" : "http:\/\/www.newrepublic.com\/article\/122965\/can-billion-dollar-corporation-zappos-be-self-organized",
      "display_url" : "newrepublic.com\/article\/122965\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "651637912014991364",
  "text" : "I can\u2019t look away http:\/\/t.co\/DajfvRnlzQ",
  "id" : 651637912014991364,
  "created_at" : "2015-10-07 05:59:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 41, 63 ],
      "url" : "http:\/\/t.co\/93vUIPOuiT",
      "expanded_url" : "http:\/\/Forbes.com",
      "display_url" : "Forbes.com"
    } ]
  },
  "geo" : { },
  "id_str" : "651592587451568128",
  "text" : "Locke and Demosthenes got their start as http:\/\/t.co\/93vUIPOuiT contributors",
  "id" : 651592587451568128,
  "created_at" : "2015-10-07 02:59:13 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Real Jeff Lindsay",
      "screen_name" : "progriumium",
      "indices" : [ 0, 12 ],
      "id_str" : "321808290",
      "id" : 321808290
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 13, 36 ],
      "url" : "https:\/\/t.co\/czMn8sQ3bT",
      "expanded_url" : "https:\/\/news.ycombinator.com\/item?id=10343788",
      "display_url" : "news.ycombinator.com\/item?id=103437\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "651583860489125888",
  "in_reply_to_user_id" : 321808290,
  "text" : "@progriumium https:\/\/t.co\/czMn8sQ3bT",
  "id" : 651583860489125888,
  "created_at" : "2015-10-07 02:24:32 +0000",
  "in_reply_to_screen_name" : "progriumium",
  "in_reply_to_user_id_str" : "321808290",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Scott Markwell",
      "screen_name" : "scottmarkwell",
      "indices" : [ 0, 14 ],
      "id_str" : "5353252",
      "id" : 5353252
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651567066328252416",
  "geo" : { },
  "id_str" : "651569286276759552",
  "in_reply_to_user_id" : 5353252,
  "text" : "@scottmarkwell I believe people want low housing prices, but are unclear on which mechanisms cause that.",
  "id" : 651569286276759552,
  "in_reply_to_status_id" : 651567066328252416,
  "created_at" : "2015-10-07 01:26:38 +0000",
  "in_reply_to_screen_name" : "scottmarkwell",
  "in_reply_to_user_id_str" : "5353252",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651566512319303681",
  "text" : "At this point I\u2019d vote for a shoebox if it was running for supervisor and had \u201Cbuild more housing\u201D written on it",
  "id" : 651566512319303681,
  "created_at" : "2015-10-07 01:15:36 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651566245607661568",
  "text" : "Dumbfounded that \u201Cagainst housing\u201D is actually a campaigning strategy in the SF supervisor election",
  "id" : 651566245607661568,
  "created_at" : "2015-10-07 01:14:33 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kelly Watkins",
      "screen_name" : "kcshearon",
      "indices" : [ 0, 10 ],
      "id_str" : "3434253022",
      "id" : 3434253022
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651526659066036226",
  "geo" : { },
  "id_str" : "651527175695306753",
  "in_reply_to_user_id" : 14630129,
  "text" : "@kcshearon Sure burke@shyp.com",
  "id" : 651527175695306753,
  "in_reply_to_status_id" : 651526659066036226,
  "created_at" : "2015-10-06 22:39:18 +0000",
  "in_reply_to_screen_name" : "_kcwatkins",
  "in_reply_to_user_id_str" : "14630129",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Chad Etzel",
      "screen_name" : "jazzychad",
      "indices" : [ 0, 10 ],
      "id_str" : "6633812",
      "id" : 6633812
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651435373239922689",
  "geo" : { },
  "id_str" : "651451781868687360",
  "in_reply_to_user_id" : 6633812,
  "text" : "@jazzychad apple engineers programmed battery to last longer when it's under observation",
  "id" : 651451781868687360,
  "in_reply_to_status_id" : 651435373239922689,
  "created_at" : "2015-10-06 17:39:42 +0000",
  "in_reply_to_screen_name" : "jazzychad",
  "in_reply_to_user_id_str" : "6633812",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Dave Flemming",
      "screen_name" : "FlemmingDave",
      "indices" : [ 0, 13 ],
      "id_str" : "507010703",
      "id" : 507010703
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651432332100960257",
  "geo" : { },
  "id_str" : "651434161954095104",
  "in_reply_to_user_id" : 507010703,
  "text" : "@FlemmingDave happy anniversary!",
  "id" : 651434161954095104,
  "in_reply_to_status_id" : 651432332100960257,
  "created_at" : "2015-10-06 16:29:41 +0000",
  "in_reply_to_screen_name" : "FlemmingDave",
  "in_reply_to_user_id_str" : "507010703",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 0, 23 ],
      "url" : "https:\/\/t.co\/0p10AezcyM",
      "expanded_url" : "https:\/\/api.monosnap.com\/rpc\/file\/download?id=LAUW4CRDNV6JWbIIU948dOzzR8bkgE",
      "display_url" : "api.monosnap.com\/rpc\/file\/downl\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "651427269722812416",
  "text" : "https:\/\/t.co\/0p10AezcyM",
  "id" : 651427269722812416,
  "created_at" : "2015-10-06 16:02:18 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ben Kamens",
      "screen_name" : "kamens",
      "indices" : [ 0, 7 ],
      "id_str" : "17916175",
      "id" : 17916175
    }, {
      "name" : "Jordan Scales",
      "screen_name" : "jdan",
      "indices" : [ 8, 13 ],
      "id_str" : "23481558",
      "id" : 23481558
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651212410829705218",
  "geo" : { },
  "id_str" : "651217048954011648",
  "in_reply_to_user_id" : 17916175,
  "text" : "@kamens @jdan asking your aunt to prom?? :)",
  "id" : 651217048954011648,
  "in_reply_to_status_id" : 651212410829705218,
  "created_at" : "2015-10-06 02:06:58 +0000",
  "in_reply_to_screen_name" : "kamens",
  "in_reply_to_user_id_str" : "17916175",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    }, {
      "name" : "\u0CA0_\u0CA0 Carter",
      "screen_name" : "crtr0",
      "indices" : [ 13, 19 ],
      "id_str" : "89318473",
      "id" : 89318473
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651202657420378113",
  "geo" : { },
  "id_str" : "651205794885570561",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio @crtr0 what about the fat free milk controversy of 2013 where the company was almost shut down",
  "id" : 651205794885570561,
  "in_reply_to_status_id" : 651202657420378113,
  "created_at" : "2015-10-06 01:22:14 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651150644342947840",
  "geo" : { },
  "id_str" : "651176191383080962",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda glory to allballs, our lord Jesus's birth day",
  "id" : 651176191383080962,
  "in_reply_to_status_id" : 651150644342947840,
  "created_at" : "2015-10-05 23:24:36 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "ZvS",
      "screen_name" : "zachvs",
      "indices" : [ 3, 10 ],
      "id_str" : "15063181",
      "id" : 15063181
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/zachvs\/status\/651161687500828673\/photo\/1",
      "indices" : [ 126, 140 ],
      "url" : "http:\/\/t.co\/SpERtXjdf6",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CQlkGntU8AAhBGS.png",
      "id_str" : "651161686032838656",
      "id" : 651161686032838656,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CQlkGntU8AAhBGS.png",
      "sizes" : [ {
        "h" : 418,
        "resize" : "fit",
        "w" : 340
      }, {
        "h" : 738,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1504,
        "resize" : "fit",
        "w" : 1222
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 1260,
        "resize" : "fit",
        "w" : 1024
      } ],
      "display_url" : "pic.twitter.com\/SpERtXjdf6"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651164939768344577",
  "text" : "RT @zachvs: Did you know that even the most disastrous backend migration can be sold as an epic vision quest run by geniuses? http:\/\/t.co\/S\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/zachvs\/status\/651161687500828673\/photo\/1",
        "indices" : [ 114, 136 ],
        "url" : "http:\/\/t.co\/SpERtXjdf6",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CQlkGntU8AAhBGS.png",
        "id_str" : "651161686032838656",
        "id" : 651161686032838656,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CQlkGntU8AAhBGS.png",
        "sizes" : [ {
          "h" : 418,
          "resize" : "fit",
          "w" : 340
        }, {
          "h" : 738,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 1504,
          "resize" : "fit",
          "w" : 1222
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 1260,
          "resize" : "fit",
          "w" : 1024
        } ],
        "display_url" : "pic.twitter.com\/SpERtXjdf6"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "651161687500828673",
    "text" : "Did you know that even the most disastrous backend migration can be sold as an epic vision quest run by geniuses? http:\/\/t.co\/SpERtXjdf6",
    "id" : 651161687500828673,
    "created_at" : "2015-10-05 22:26:58 +0000",
    "user" : {
      "name" : "ZvS",
      "screen_name" : "zachvs",
      "protected" : false,
      "id_str" : "15063181",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/1603820378\/digital-multimeter_normal.jpg",
      "id" : 15063181,
      "verified" : false
    }
  },
  "id" : 651164939768344577,
  "created_at" : "2015-10-05 22:39:54 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Asana",
      "screen_name" : "asana",
      "indices" : [ 4, 10 ],
      "id_str" : "202886242",
      "id" : 202886242
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651160545039507460",
  "text" : "hey @asana how come you need to my dashboard activity with adroll, rfihub, quantserve, *and* google ads? I thought we were paying for it?",
  "id" : 651160545039507460,
  "created_at" : "2015-10-05 22:22:26 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kyle Neath",
      "screen_name" : "kneath",
      "indices" : [ 0, 7 ],
      "id_str" : "638323",
      "id" : 638323
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651153602254254080",
  "geo" : { },
  "id_str" : "651154908041777152",
  "in_reply_to_user_id" : 638323,
  "text" : "@kneath ahhh this annoys me so much. Just write words! In English!",
  "id" : 651154908041777152,
  "in_reply_to_status_id" : 651153602254254080,
  "created_at" : "2015-10-05 22:00:02 +0000",
  "in_reply_to_screen_name" : "kneath",
  "in_reply_to_user_id_str" : "638323",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Spencer Johnson",
      "screen_name" : "spenner13",
      "indices" : [ 0, 10 ],
      "id_str" : "49554920",
      "id" : 49554920
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651151535506788353",
  "geo" : { },
  "id_str" : "651152662088388608",
  "in_reply_to_user_id" : 49554920,
  "text" : "@spenner13 gotta bring back doug murray",
  "id" : 651152662088388608,
  "in_reply_to_status_id" : 651151535506788353,
  "created_at" : "2015-10-05 21:51:07 +0000",
  "in_reply_to_screen_name" : "spenner13",
  "in_reply_to_user_id_str" : "49554920",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651126529158549504",
  "geo" : { },
  "id_str" : "651150014324977664",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow Honestly it's the more realistic space experience: do 1,000 things perfectly, fuck up some trivial thing and die",
  "id" : 651150014324977664,
  "in_reply_to_status_id" : 651126529158549504,
  "created_at" : "2015-10-05 21:40:35 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Hunter Walk",
      "screen_name" : "hunterwalk",
      "indices" : [ 0, 11 ],
      "id_str" : "46063",
      "id" : 46063
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651146280387764224",
  "geo" : { },
  "id_str" : "651149394499100672",
  "in_reply_to_user_id" : 46063,
  "text" : "@hunterwalk jack should fave every tweet on twitter",
  "id" : 651149394499100672,
  "in_reply_to_status_id" : 651146280387764224,
  "created_at" : "2015-10-05 21:38:08 +0000",
  "in_reply_to_screen_name" : "hunterwalk",
  "in_reply_to_user_id_str" : "46063",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651146919998164995",
  "geo" : { },
  "id_str" : "651148712866017280",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda what the fuck hahaha",
  "id" : 651148712866017280,
  "in_reply_to_status_id" : 651146919998164995,
  "created_at" : "2015-10-05 21:35:25 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u0CA0_\u0CA0 Carter",
      "screen_name" : "crtr0",
      "indices" : [ 0, 6 ],
      "id_str" : "89318473",
      "id" : 89318473
    }, {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 7, 19 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651040484836577281",
  "geo" : { },
  "id_str" : "651132638745391106",
  "in_reply_to_user_id" : 89318473,
  "text" : "@crtr0 @dougblackio I bet Doug black doesnt know how to read this sentence",
  "id" : 651132638745391106,
  "in_reply_to_status_id" : 651040484836577281,
  "created_at" : "2015-10-05 20:31:33 +0000",
  "in_reply_to_screen_name" : "crtr0",
  "in_reply_to_user_id_str" : "89318473",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651130953184641024",
  "geo" : { },
  "id_str" : "651131776006426624",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio sprinkle some more msgbus on there",
  "id" : 651131776006426624,
  "in_reply_to_status_id" : 651130953184641024,
  "created_at" : "2015-10-05 20:28:07 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Fred Moyer",
      "screen_name" : "phredmoyer",
      "indices" : [ 0, 11 ],
      "id_str" : "14189409",
      "id" : 14189409
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651129500084756480",
  "geo" : { },
  "id_str" : "651130355659837440",
  "in_reply_to_user_id" : 14189409,
  "text" : "@phredmoyer but even this I have heard Mongo is not even that easy to get started with!!",
  "id" : 651130355659837440,
  "in_reply_to_status_id" : 651129500084756480,
  "created_at" : "2015-10-05 20:22:28 +0000",
  "in_reply_to_screen_name" : "phredmoyer",
  "in_reply_to_user_id_str" : "14189409",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "\u007B\u007B nickname \u007D\u007D",
      "screen_name" : "ekrubnivek",
      "indices" : [ 0, 11 ],
      "id_str" : "86892924",
      "id" : 86892924
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651127342136332288",
  "geo" : { },
  "id_str" : "651130116626485248",
  "in_reply_to_user_id" : 86892924,
  "text" : "@ekrubnivek if you want to figure out a company\u2019s tech stack look at their job listings!",
  "id" : 651130116626485248,
  "in_reply_to_status_id" : 651127342136332288,
  "created_at" : "2015-10-05 20:21:31 +0000",
  "in_reply_to_screen_name" : "ekrubnivek",
  "in_reply_to_user_id_str" : "86892924",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651127342136332288",
  "text" : "It blows my mind how many successful businesses out there are shackling themselves to MongoDB",
  "id" : 651127342136332288,
  "created_at" : "2015-10-05 20:10:30 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nate Winslow",
      "screen_name" : "nate_winslow",
      "indices" : [ 0, 13 ],
      "id_str" : "116563150",
      "id" : 116563150
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651117392362274817",
  "geo" : { },
  "id_str" : "651126190510477313",
  "in_reply_to_user_id" : 116563150,
  "text" : "@nate_winslow was really hoping Damon would just fly off into space after all the work that went into the rescue",
  "id" : 651126190510477313,
  "in_reply_to_status_id" : 651117392362274817,
  "created_at" : "2015-10-05 20:05:55 +0000",
  "in_reply_to_screen_name" : "nate_winslow",
  "in_reply_to_user_id_str" : "116563150",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Mark!",
      "screen_name" : "shinypb",
      "indices" : [ 0, 8 ],
      "id_str" : "13166",
      "id" : 13166
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "651056438010253312",
  "geo" : { },
  "id_str" : "651059297959280640",
  "in_reply_to_user_id" : 13166,
  "text" : "@shinypb food truck idea: Prawn Sacrifice - chess themed seafood",
  "id" : 651059297959280640,
  "in_reply_to_status_id" : 651056438010253312,
  "created_at" : "2015-10-05 15:40:07 +0000",
  "in_reply_to_screen_name" : "shinypb",
  "in_reply_to_user_id_str" : "13166",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "devin kharpertian",
      "screen_name" : "uuords",
      "indices" : [ 3, 10 ],
      "id_str" : "96686651",
      "id" : 96686651
    } ],
    "media" : [ {
      "expanded_url" : "http:\/\/twitter.com\/uuords\/status\/651050039033380864\/photo\/1",
      "indices" : [ 49, 71 ],
      "url" : "http:\/\/t.co\/hSG5QDummd",
      "media_url" : "http:\/\/pbs.twimg.com\/media\/CQj-inKUsAAXihX.jpg",
      "id_str" : "651050016736325632",
      "id" : 651050016736325632,
      "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CQj-inKUsAAXihX.jpg",
      "sizes" : [ {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 150,
        "resize" : "crop",
        "w" : 150
      }, {
        "h" : 800,
        "resize" : "fit",
        "w" : 600
      }, {
        "h" : 1024,
        "resize" : "fit",
        "w" : 768
      }, {
        "h" : 453,
        "resize" : "fit",
        "w" : 340
      } ],
      "display_url" : "pic.twitter.com\/hSG5QDummd"
    } ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "651059033994981376",
  "text" : "RT @uuords: The new baseline at Barclays Center. http:\/\/t.co\/hSG5QDummd",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\/download\/iphone\" rel=\"nofollow\"\u003ETwitter for iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ {
        "expanded_url" : "http:\/\/twitter.com\/uuords\/status\/651050039033380864\/photo\/1",
        "indices" : [ 37, 59 ],
        "url" : "http:\/\/t.co\/hSG5QDummd",
        "media_url" : "http:\/\/pbs.twimg.com\/media\/CQj-inKUsAAXihX.jpg",
        "id_str" : "651050016736325632",
        "id" : 651050016736325632,
        "media_url_https" : "https:\/\/pbs.twimg.com\/media\/CQj-inKUsAAXihX.jpg",
        "sizes" : [ {
          "h" : 1024,
          "resize" : "fit",
          "w" : 768
        }, {
          "h" : 150,
          "resize" : "crop",
          "w" : 150
        }, {
          "h" : 800,
          "resize" : "fit",
          "w" : 600
        }, {
          "h" : 1024,
          "resize" : "fit",
          "w" : 768
        }, {
          "h" : 453,
          "resize" : "fit",
          "w" : 340
        } ],
        "display_url" : "pic.twitter.com\/hSG5QDummd"
      } ],
      "hashtags" : [ ],
      "urls" : [ ]
    },
    "geo" : { },
    "id_str" : "651050039033380864",
    "text" : "The new baseline at Barclays Center. http:\/\/t.co\/hSG5QDummd",
    "id" : 651050039033380864,
    "created_at" : "2015-10-05 15:03:19 +0000",
    "user" : {
      "name" : "devin kharpertian",
      "screen_name" : "uuords",
      "protected" : false,
      "id_str" : "96686651",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/583647416185970688\/lhex4RS5_normal.jpg",
      "id" : 96686651,
      "verified" : false
    }
  },
  "id" : 651059033994981376,
  "created_at" : "2015-10-05 15:39:04 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Nina Mehta",
      "screen_name" : "ninamehta",
      "indices" : [ 0, 10 ],
      "id_str" : "9431342",
      "id" : 9431342
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650923744790077440",
  "geo" : { },
  "id_str" : "650924188274851840",
  "in_reply_to_user_id" : 9431342,
  "text" : "@ninamehta more if there are fog delays!!!",
  "id" : 650924188274851840,
  "in_reply_to_status_id" : 650923744790077440,
  "created_at" : "2015-10-05 06:43:14 +0000",
  "in_reply_to_screen_name" : "ninamehta",
  "in_reply_to_user_id_str" : "9431342",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "650918355147210752",
  "text" : "New at-the-movies game: guess how the blockbuster will pander to the Chinese moviegoing audience",
  "id" : 650918355147210752,
  "created_at" : "2015-10-05 06:20:04 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "650776499172196352",
  "text" : "Daily fantasy football site ad has  an Edward Norton voiceover. Revising my estimate of the biz from \u201Cprofitable\u201D to \u201Cwildly profitable\u201D",
  "id" : 650776499172196352,
  "created_at" : "2015-10-04 20:56:22 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "John Wolthuis",
      "screen_name" : "thuddwhirr",
      "indices" : [ 0, 11 ],
      "id_str" : "14730925",
      "id" : 14730925
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650726819570810880",
  "geo" : { },
  "id_str" : "650729199322292224",
  "in_reply_to_user_id" : 14730925,
  "text" : "@thuddwhirr black and gold ?",
  "id" : 650729199322292224,
  "in_reply_to_status_id" : 650726819570810880,
  "created_at" : "2015-10-04 17:48:25 +0000",
  "in_reply_to_screen_name" : "thuddwhirr",
  "in_reply_to_user_id_str" : "14730925",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/software\/tweetbot\/mac\" rel=\"nofollow\"\u003ETweetbot for Mac\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ted Unangst",
      "screen_name" : "tedunangst",
      "indices" : [ 0, 11 ],
      "id_str" : "53588173",
      "id" : 53588173
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 25, 47 ],
      "url" : "http:\/\/t.co\/gtDWwA8JBa",
      "expanded_url" : "http:\/\/jsonip.com",
      "display_url" : "jsonip.com"
    } ]
  },
  "in_reply_to_status_id_str" : "650619031049895936",
  "geo" : { },
  "id_str" : "650654369956782080",
  "in_reply_to_user_id" : 53588173,
  "text" : "@tedunangst I always use http:\/\/t.co\/gtDWwA8JBa",
  "id" : 650654369956782080,
  "in_reply_to_status_id" : 650619031049895936,
  "created_at" : "2015-10-04 12:51:05 +0000",
  "in_reply_to_screen_name" : "tedunangst",
  "in_reply_to_user_id_str" : "53588173",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 52, 75 ],
      "url" : "https:\/\/t.co\/jesbneozKv",
      "expanded_url" : "https:\/\/github.com\/robbyrussell\/oh-my-zsh\/issues\/4434",
      "display_url" : "github.com\/robbyrussell\/o\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "650349407305625602",
  "text" : "Woohoo, found the answer to my weird pasting issue, https:\/\/t.co\/jesbneozKv",
  "id" : 650349407305625602,
  "created_at" : "2015-10-03 16:39:16 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 112, 135 ],
      "url" : "https:\/\/t.co\/LVuwbeJIsy",
      "expanded_url" : "https:\/\/gitlab.com\/gnachman\/iterm2\/issues\/3884",
      "display_url" : "gitlab.com\/gnachman\/iterm\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "650171750911619072",
  "text" : "If anyone has any idea what's going on here, I'd be grateful. I know, I know, I should never update my software https:\/\/t.co\/LVuwbeJIsy",
  "id" : 650171750911619072,
  "created_at" : "2015-10-03 04:53:19 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "650169878331023360",
  "text" : "This is the oddest Apple defect I have encountered since my iPhone would fill with 55GB of \"Other\" ten months ago.",
  "id" : 650169878331023360,
  "created_at" : "2015-10-03 04:45:53 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 37, 59 ],
      "url" : "http:\/\/t.co\/9LwuqzCQDt",
      "expanded_url" : "http:\/\/Terminal.app",
      "display_url" : "Terminal.app"
    } ]
  },
  "geo" : { },
  "id_str" : "650169718226026496",
  "text" : "MBP cannot paste text into iTerm, OR http:\/\/t.co\/9LwuqzCQDt. Pasting to other apps works fine. Can't type after hitting Cmd+V.",
  "id" : 650169718226026496,
  "created_at" : "2015-10-03 04:45:15 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "the thick white duke",
      "screen_name" : "gabrielgironda",
      "indices" : [ 0, 15 ],
      "id_str" : "267895957",
      "id" : 267895957
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650138946404487168",
  "geo" : { },
  "id_str" : "650140189017309185",
  "in_reply_to_user_id" : 267895957,
  "text" : "@gabrielgironda the node bcrypt lib hits a callback, it has to call process.nextTick or hashing a password would tie up the CPU for 100ms",
  "id" : 650140189017309185,
  "in_reply_to_status_id" : 650138946404487168,
  "created_at" : "2015-10-03 02:47:54 +0000",
  "in_reply_to_screen_name" : "gabrielgironda",
  "in_reply_to_user_id_str" : "267895957",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "DOUG BLACK",
      "screen_name" : "dougblackio",
      "indices" : [ 0, 12 ],
      "id_str" : "60196160",
      "id" : 60196160
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650077366329430016",
  "geo" : { },
  "id_str" : "650099943672147968",
  "in_reply_to_user_id" : 60196160,
  "text" : "@dougblackio good job",
  "id" : 650099943672147968,
  "in_reply_to_status_id" : 650077366329430016,
  "created_at" : "2015-10-03 00:07:59 +0000",
  "in_reply_to_screen_name" : "dougblackio",
  "in_reply_to_user_id_str" : "60196160",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Springtime for Coda",
      "screen_name" : "coda",
      "indices" : [ 0, 5 ],
      "id_str" : "637533",
      "id" : 637533
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650061611248455680",
  "geo" : { },
  "id_str" : "650064465518395392",
  "in_reply_to_user_id" : 637533,
  "text" : "@coda just imagined 300 dogs going on strike for more biscuits",
  "id" : 650064465518395392,
  "in_reply_to_status_id" : 650061611248455680,
  "created_at" : "2015-10-02 21:47:00 +0000",
  "in_reply_to_screen_name" : "coda",
  "in_reply_to_user_id_str" : "637533",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Justin Searls",
      "screen_name" : "searls",
      "indices" : [ 0, 7 ],
      "id_str" : "9038902",
      "id" : 9038902
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650018569539993600",
  "geo" : { },
  "id_str" : "650056786733469696",
  "in_reply_to_user_id" : 9038902,
  "text" : "@searls naive as in \"just update it, it's probably fine\" ?",
  "id" : 650056786733469696,
  "in_reply_to_status_id" : 650018569539993600,
  "created_at" : "2015-10-02 21:16:30 +0000",
  "in_reply_to_screen_name" : "searls",
  "in_reply_to_user_id_str" : "9038902",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "NeoCarOS",
      "screen_name" : "NeoNacho",
      "indices" : [ 0, 9 ],
      "id_str" : "10341052",
      "id" : 10341052
    }, {
      "name" : "Eloy Dur\u00E1n",
      "screen_name" : "alloy",
      "indices" : [ 10, 16 ],
      "id_str" : "12459132",
      "id" : 12459132
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650034671049420800",
  "geo" : { },
  "id_str" : "650035206238240768",
  "in_reply_to_user_id" : 10341052,
  "text" : "@NeoNacho @alloy (relying on dependencies is very brittle)",
  "id" : 650035206238240768,
  "in_reply_to_status_id" : 650034671049420800,
  "created_at" : "2015-10-02 19:50:44 +0000",
  "in_reply_to_screen_name" : "NeoNacho",
  "in_reply_to_user_id_str" : "10341052",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Ethan Strauss",
      "screen_name" : "SherwoodStrauss",
      "indices" : [ 0, 16 ],
      "id_str" : "103111232",
      "id" : 103111232
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "650033500167389184",
  "geo" : { },
  "id_str" : "650034786468151296",
  "in_reply_to_user_id" : 103111232,
  "text" : "@SherwoodStrauss on an emotional roller coaster over here",
  "id" : 650034786468151296,
  "in_reply_to_status_id" : 650033500167389184,
  "created_at" : "2015-10-02 19:49:04 +0000",
  "in_reply_to_screen_name" : "SherwoodStrauss",
  "in_reply_to_user_id_str" : "103111232",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Peter Seibel",
      "screen_name" : "peterseibel",
      "indices" : [ 3, 15 ],
      "id_str" : "40684667",
      "id" : 40684667
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "http:\/\/t.co\/kiv42tN5D8",
      "expanded_url" : "http:\/\/whilefalse.blogspot.com\/2015\/10\/notes-on-startup-engineering-management.html",
      "display_url" : "whilefalse.blogspot.com\/2015\/10\/notes-\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "650010516564242432",
  "text" : "RT @peterseibel: Estimating capacity: If we built X features this year, we\u2019ll need ~20% more engineers to build X features next year. http:\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter for  iPhone\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 117, 139 ],
        "url" : "http:\/\/t.co\/kiv42tN5D8",
        "expanded_url" : "http:\/\/whilefalse.blogspot.com\/2015\/10\/notes-on-startup-engineering-management.html",
        "display_url" : "whilefalse.blogspot.com\/2015\/10\/notes-\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "649997874571272192",
    "text" : "Estimating capacity: If we built X features this year, we\u2019ll need ~20% more engineers to build X features next year. http:\/\/t.co\/kiv42tN5D8",
    "id" : 649997874571272192,
    "created_at" : "2015-10-02 17:22:24 +0000",
    "user" : {
      "name" : "Peter Seibel",
      "screen_name" : "peterseibel",
      "protected" : false,
      "id_str" : "40684667",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/523508406548963328\/tryZDeEs_normal.jpeg",
      "id" : 40684667,
      "verified" : false
    }
  },
  "id" : 650010516564242432,
  "created_at" : "2015-10-02 18:12:38 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kevin Whinnery",
      "screen_name" : "kevinwhinnery",
      "indices" : [ 0, 14 ],
      "id_str" : "15739653",
      "id" : 15739653
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "649959217625997313",
  "geo" : { },
  "id_str" : "649960694104748033",
  "in_reply_to_user_id" : 15739653,
  "text" : "@kevinwhinnery oh god is it the code sample generator\u2026 That is such a pile of garbage, I\u2019m sorry",
  "id" : 649960694104748033,
  "in_reply_to_status_id" : 649959217625997313,
  "created_at" : "2015-10-02 14:54:39 +0000",
  "in_reply_to_screen_name" : "kevinwhinnery",
  "in_reply_to_user_id_str" : "15739653",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kevin Whinnery",
      "screen_name" : "kevinwhinnery",
      "indices" : [ 0, 14 ],
      "id_str" : "15739653",
      "id" : 15739653
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "649959217625997313",
  "geo" : { },
  "id_str" : "649960574097338371",
  "in_reply_to_user_id" : 15739653,
  "text" : "@kevinwhinnery hahaha",
  "id" : 649960574097338371,
  "in_reply_to_status_id" : 649959217625997313,
  "created_at" : "2015-10-02 14:54:11 +0000",
  "in_reply_to_screen_name" : "kevinwhinnery",
  "in_reply_to_user_id_str" : "15739653",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Kevin Whinnery",
      "screen_name" : "kevinwhinnery",
      "indices" : [ 0, 14 ],
      "id_str" : "15739653",
      "id" : 15739653
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "649958245382098944",
  "geo" : { },
  "id_str" : "649959039732813829",
  "in_reply_to_user_id" : 15739653,
  "text" : "@kevinwhinnery lean in",
  "id" : 649959039732813829,
  "in_reply_to_status_id" : 649958245382098944,
  "created_at" : "2015-10-02 14:48:05 +0000",
  "in_reply_to_screen_name" : "kevinwhinnery",
  "in_reply_to_user_id_str" : "15739653",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/tapbots.com\/tweetbot\" rel=\"nofollow\"\u003ETweetbot for i\u039FS\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Camille Fournier",
      "screen_name" : "skamille",
      "indices" : [ 3, 12 ],
      "id_str" : "24257941",
      "id" : 24257941
    }, {
      "name" : "Jeff Hodges",
      "screen_name" : "jmhodges",
      "indices" : [ 51, 60 ],
      "id_str" : "9267272",
      "id" : 9267272
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ {
      "indices" : [ 139, 140 ],
      "url" : "http:\/\/t.co\/J7kiUTbsUf",
      "expanded_url" : "http:\/\/whilefalse.blogspot.com\/2015\/10\/notes-on-startup-engineering-management.html",
      "display_url" : "whilefalse.blogspot.com\/2015\/10\/notes-\u2026"
    } ]
  },
  "geo" : { },
  "id_str" : "649748176245645312",
  "text" : "RT @skamille: Decided to do a version of a classic @jmhodges blog post, but for managers: Engineering Management for Young Bloods.\nhttp:\/\/t\u2026",
  "retweeted_status" : {
    "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Jeff Hodges",
        "screen_name" : "jmhodges",
        "indices" : [ 37, 46 ],
        "id_str" : "9267272",
        "id" : 9267272
      } ],
      "media" : [ ],
      "hashtags" : [ ],
      "urls" : [ {
        "indices" : [ 117, 139 ],
        "url" : "http:\/\/t.co\/J7kiUTbsUf",
        "expanded_url" : "http:\/\/whilefalse.blogspot.com\/2015\/10\/notes-on-startup-engineering-management.html",
        "display_url" : "whilefalse.blogspot.com\/2015\/10\/notes-\u2026"
      } ]
    },
    "geo" : { },
    "id_str" : "649733133357740032",
    "text" : "Decided to do a version of a classic @jmhodges blog post, but for managers: Engineering Management for Young Bloods.\nhttp:\/\/t.co\/J7kiUTbsUf",
    "id" : 649733133357740032,
    "created_at" : "2015-10-01 23:50:25 +0000",
    "user" : {
      "name" : "Camille Fournier",
      "screen_name" : "skamille",
      "protected" : false,
      "id_str" : "24257941",
      "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/512417807468748800\/j52W8wmL_normal.jpeg",
      "id" : 24257941,
      "verified" : false
    }
  },
  "id" : 649748176245645312,
  "created_at" : "2015-10-02 00:50:11 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "name" : "Casey W Crites",
      "screen_name" : "caseycrites",
      "indices" : [ 0, 12 ],
      "id_str" : "27557450",
      "id" : 27557450
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "649685037235879936",
  "geo" : { },
  "id_str" : "649687629454143488",
  "in_reply_to_user_id" : 27557450,
  "text" : "@caseycrites i wrote a check today",
  "id" : 649687629454143488,
  "in_reply_to_status_id" : 649685037235879936,
  "created_at" : "2015-10-01 20:49:36 +0000",
  "in_reply_to_screen_name" : "caseycrites",
  "in_reply_to_user_id_str" : "27557450",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
}, {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "649679398812053504",
  "text" : "Alexi Lalas slowly but surely turning into the Bill Walton of soccer commentary",
  "id" : 649679398812053504,
  "created_at" : "2015-10-01 20:16:53 +0000",
  "user" : {
    "name" : "\u007B\u007B nickname \u007D\u007D",
    "screen_name" : "ekrubnivek",
    "protected" : false,
    "id_str" : "86892924",
    "profile_image_url_https" : "https:\/\/pbs.twimg.com\/profile_images\/585174541741105152\/bOdIvU46_normal.jpg",
    "id" : 86892924,
    "verified" : false
  }
} ]