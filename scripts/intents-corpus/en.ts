// English phrase pools for the generated intent corpus: train and test phrasings are written apart, never shared.
import type { LanguagePools } from './types';

export const EN: LanguagePools = {
  language: 'en',
  slots: {
    item: ['mug', 'phone case', 'dress', 'shoes', 'blender', 'earbuds', 'charger', 'lamp', 'jacket', 'bottle', 'watch', 'bag', 'shirt', 'kettle', 'fan', 'plates', 'glasses', 'power bank', 'keyboard', 'pants', 'item', 'product', 'parcel contents', 'toy', 'cable'],
    color: ['black', 'white', 'red', 'blue', 'pink', 'green', 'grey', 'beige'],
    prefix: ['', '', '', 'hi', 'hello', 'hi seller', 'hey', 'excuse me,', 'good morning', 'seller,', 'admin', 'hello shop'],
    suffix: ['', '', '', '!!', '??', 'thanks', 'thank you', 'pls', 'asap', ':(', '😡', '🙏', 'please help', 'tq', '...', 'help'],
  },
  pools: {
    damaged: {
      train: [
        'the {item} arrived broken', 'my {item} came [cracked|shattered|smashed]', 'box was crushed and the {item} inside is broken',
        'received it damaged', '{item} is cracked, packaging was terrible', 'it was broken when i opened the parcel',
        'the glass is shattered', 'screen cracked on arrival', 'parcel came all wet and the {item} is ruined',
        'the {item} has a big dent', 'item came damaged in transit', 'one of the {item} arrived smashed to pieces',
        'bottle leaked everywhere, the box is soaked', 'the {item} is scratched all over, looks like it was dropped',
        'arrived in pieces', 'torn packaging and the {item} was broken', 'the corner is chipped',
        'courier must have thrown it, the {item} is bent', 'broken on delivery', 'damaged item received order {order}',
      ],
      test: [
        'opened the box and the {item} was in two pieces', 'came with a crack down the middle', 'sadly it got destroyed during shipping',
        'the lid snapped off, must have been the delivery', 'glass was all shattered inside the package 😭', 'it was already busted when it got here',
        'Arrived dented and scuffed.', 'my {item} got smashed in the post', 'the {item} came chipped and the box was ripped open',
      ],
    },
    defective: {
      train: [
        'the {item} does not work', 'it stopped working after {n} days', "won't turn on", 'not working at all',
        'the {item} is defective', 'battery does not charge', 'it keeps turning off by itself', 'no sound from the left side',
        'the zipper broke the first time i used it', 'poor quality, fell apart after one wash', 'button is stuck and it wont power on',
        'charging port is faulty', 'the {item} overheats and shuts down', 'only works for {n} minutes then dies',
        'screen flickers', 'the motor makes a weird noise and stops', 'stitching came undone after a day',
        'faulty unit, please check', 'bluetooth wont connect at all', 'it broke after using it twice',
      ],
      test: [
        'Did not work out of the box.', 'dead on arrival, nothing happens when i press power', 'worked for a week and then quit',
        'the thing just refuses to charge', 'pretty sure this unit is a dud', 'quit working after the second use',
        'left earbud has no sound whatsoever', 'Cheap quality, the strap snapped within days', 'it wont even switch on lol',
      ],
    },
    missing_item: {
      train: [
        'i ordered {n} but only got one', 'one item is missing from my order', 'the charger was not in the box',
        'missing parts, no screws included', 'only received {n} out of 3', 'you forgot to send the {item}',
        'the free gift was not included', 'box came without the {item}', 'some items are missing from the package',
        'my order had 2 {item} but i only received 1', 'the cable is missing', 'incomplete order, one piece short',
        'half my order is not here', 'where is the other {item}? package only had one', 'missing accessories',
      ],
      test: [
        'Only one of the pair was inside the bag', 'I paid for three and two showed up', 'the remote was nowhere in the box',
        'package was short one {item}', 'no manual and no adapter included 😕', 'they left out the lid',
        'got the {item} but not the {item} i also ordered',
      ],
    },
    wrong_item: {
      train: [
        'you sent the wrong item', 'i ordered {color} but got {color}', 'received the wrong size, i ordered {size}',
        'this is not what i ordered', 'wrong product delivered', 'got someone else\'s order', 'i received a different {item}',
        'wrong colour sent', 'sent me the wrong model', 'ordered size {size} but received size {size}',
        'the {item} in the box is not mine', 'wrong item received order {order}', 'you shipped the wrong variant',
        'this is a totally different product from what i bought', 'wrong design was sent to me',
      ],
      test: [
        'got the wrong ones in the mail', 'they mixed up my order, this is a {item} not a {item}', 'Got {color} instead of {color} 🙄',
        'the package had some random item i never bought', 'pretty sure this was meant for another customer',
        'asked for {size}, came in {size}', 'not the model I picked at checkout',
      ],
    },
    not_received: {
      train: [
        'i have not received my order', 'tracking says delivered but i never got it', 'my parcel never arrived',
        'still havent received my {item} after {n} weeks', 'order {order} marked as delivered but nothing here',
        'where is my order? it says received but i did not receive anything', 'did not receive the package',
        'nothing arrived yet and it has been a month', 'never got my order', 'parcel shows delivered, not at my door',
        'i never received the item', 'havent got my stuff yet', 'my order is lost, never came',
      ],
      test: [
        'It says delivered yesterday but there is no parcel anywhere', 'Still waiting, nothing ever showed up', 'never came to my house',
        'the courier claims it was dropped off but i got nothing', 'package never made it to me', 'ordered ages ago and never got it',
        'nothing in my mailbox, app says delivered 🤔',
      ],
    },
    refund: {
      train: [
        'i want a refund', 'please refund my money', 'can i get my money back', 'refund please', 'how do i request a refund',
        'when will i get my refund', 'i need a refund for order {order}', 'give me my money back', 'requesting a full refund',
        'has my refund been processed?', 'refund me {money}', 'i want to be refunded', 'refund not received yet',
        'just refund me, dont want it anymore', 'please process the refund', 'money back please',
      ],
      test: [
        'please refund the {money}', 'I would like my payment returned to my card', 'still waiting on the reimbursement',
        'can you reverse the charge', 'Please issue a refund to my account', 'how long does the money take to come back',
        'just want my cash back', 'I expect a refund for this',
      ],
    },
    return: {
      train: [
        'i want to return this', 'how do i return the {item}', 'can i send it back', 'i would like to return my order',
        'return please', 'where do i ship the return', 'what is the return address', 'can i return it if i dont like it',
        'i want to return and get refund', 'return request for order {order}', 'how to return item', 'i changed my mind, can i return',
        'is return free?', 'i need to send this back',
      ],
      test: [
        'Id like to ship this back to you', 'what is the process to send items back', 'Returning this, not for me',
        'do you accept returns after {n} days', 'can I mail it back', 'please send me a return label',
      ],
    },
    exchange: {
      train: [
        'can i exchange it for a bigger size', 'i want to exchange for another colour', 'exchange please', 'can you swap it for size {size}',
        'i would like to change to {color}', 'can i get a replacement', 'please send me a new one instead', 'exchange for a different size',
        'can i change the size', 'i want a replacement unit', 'replace it please', 'swap to {size}',
      ],
      test: [
        'could I trade this for the {color} one', 'please replace it with a working one', 'want to switch to one size up',
        'Can you send a new one in {size}?', 'happy to keep it if i can get a different colour', 'I want to replace this with another unit',
      ],
    },
    logistics: {
      train: [
        'where is my parcel', 'when will my order ship', 'tracking number please', 'tracking not updating for {n} days',
        'when will it arrive', 'has my order been shipped', 'what courier do you use', 'estimated delivery date?',
        'order {order} still not shipped', 'how long does shipping take', 'can you check my tracking', 'the status is stuck in transit',
        'is it out for delivery', 'when do you send out the order', 'shipping is so slow', 'can i change my delivery address',
      ],
      test: [
        'Any update on where my package is?', 'how many days until it reaches me', 'my tracking has not moved since monday',
        'has it left your warehouse yet', 'why is my stuff taking forever to ship', 'which delivery company is carrying it',
        'eta for {order}?',
      ],
    },
    size: {
      train: [
        'what size should i get', 'is it true to size', 'i am {n}cm tall what size', 'size chart please', 'too small for me',
        'the {item} is too big', 'runs small, does not fit', 'what size for 60kg', 'does it run large', 'it does not fit me',
        'the sizing is way off', 'which size fits a {size}', 'too tight', 'the waist is too loose', 'how long is the size {size}',
        'fits too small, should i size up',
      ],
      test: [
        'ran way too small for me', 'way too tight on me, sizing chart is misleading', 'Is {size} ok for someone 170cm 65kg?',
        'the fit is huge, swimming in it', 'can barely get it on, runs tiny', 'measurements for {size} please',
        'Runs very big, order one size down', 'does this fit true or should i go up',
      ],
    },
    not_as_described: {
      train: [
        'not as described', 'looks nothing like the picture', 'the colour is different from the photo', 'item is not the same as the listing',
        'material is cheap, not what you advertised', 'fake product', 'it is smaller than stated in the description', 'misleading pictures',
        'quality is not as shown in the photos', 'the description said cotton but it is polyester', 'not original', 'different from the ad',
        'the {item} looks different from the picture',
      ],
      test: [
        'Nothing like what was shown online', 'this is clearly a knockoff', 'colour in real life is totally off from the photos',
        'Listing says waterproof, it is not', 'product is not what the page claims', 'feels nothing like the description, very thin',
        'Photos are deceiving',
      ],
    },
    cancel: {
      train: [
        'please cancel my order', 'i want to cancel', 'cancel order {order}', 'can i cancel before it ships', 'how do i cancel',
        'i ordered by mistake please cancel', 'cancel it please', 'i dont want the order anymore, cancel', 'cancellation request',
        'can you cancel the {item}', 'i placed a duplicate order, cancel one',
      ],
      test: [
        'cancelling my order {order} now', 'Please stop my order from being sent', 'changed my mind before shipping, void the order',
        'I need to call off this purchase', 'dont ship it, i want to cancel', 'Cancel pls, wrong address on order',
      ],
    },
    other: {
      train: [
        'can i get an invoice', 'do you have a warranty', 'my voucher did not apply', 'i was charged twice', 'can you add a gift note',
        'the seller was rude to me', 'how do i use this {item}', 'is this {item} dishwasher safe', 'can i pay cash on delivery',
        'please send me the receipt', 'payment failed but money deducted', 'do you have a manual in english',
      ],
      test: [
        'Need a tax invoice for my company', 'discount code not working at checkout', 'How do i register the warranty',
        'i got charged {money} extra', 'Could you include a birthday card',
      ],
    },
    none: {
      train: [
        'hello', 'hi', 'thank you', 'ok', 'thanks!', 'great product, love it', 'received, thank you', 'is anyone there?',
        'good morning', 'noted', 'all good now', 'perfect, thanks seller', 'five stars', 'fast delivery, good seller', 'ok thanks',
        'do you have this in stock', 'any promotion today', 'nice quality',
      ],
      test: [
        'Works great, would buy again', 'hey there', 'cheers', 'Okay noted with thanks', 'Lovely item, exactly as pictured',
        'got it, thanks a lot', 'are you open on sunday', 'do you sell this in bulk',
      ],
    },
  },
};
