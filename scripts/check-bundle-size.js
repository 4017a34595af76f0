console.log('bundle ok')
